export default {
  options: { mode: "library" },
};
