/** Absolute path (with a trailing slash) of the built page: index.html and assets/. */
export declare const uiDistDir: string;
