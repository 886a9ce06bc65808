export const HELP = `Usage: rivulet <command> [options]

Commands:
  run <app.ts> [--port N] [--host H]   Serve the app with live reload (default port 8501);
      [--stuck-after S]                stop a thread whose run reaches no checkpoint
                                       for S seconds (default 10)
  check <file...>                      Compile scripts and print their diagnostics;
                                       exits 1 when any has an error
  help                                 Show this help

Options:
  -h, --help                           Show this help
`;
