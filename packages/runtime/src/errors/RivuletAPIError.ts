/** Raised where Streamlit raises StreamlitAPIException: a misuse of the st API. */
export class RivuletAPIError extends Error {
  override name = "RivuletAPIError";
}
