export default {
  options: { magic: false },
};
