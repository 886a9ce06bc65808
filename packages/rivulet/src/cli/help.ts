export const HELP = `Usage: rivulet <command> [options]

Commands:
  run <app.ts> [--port N] [--host H]   Serve the app with live reload (default port 8501);
      [--stuck-after S]                stop a thread whose run reaches no checkpoint
                                       for S seconds (default 10)
  build <app.ts> [--out-dir DIR]       Build the app into DIR (default: dist beside it),
                                       a folder that runs as it is
  serve [DIR] [options]                Serve a built app (default ./dist) in production;
                                       rivulet serve --help lists its options
  check <file...>                      Compile scripts and the app's modules they import,
                                       and print their diagnostics; exits 1 when any
                                       has an error
  help                                 Show this help

Options:
  --no-magic                           (run, build) Do not write bare expression
                                       statements with st.write (Streamlit's magic)
  -h, --help                           Show this help
`;
