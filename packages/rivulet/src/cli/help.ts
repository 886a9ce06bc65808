export const HELP = `Usage: rivulet <command> [options]

Commands:
  run <app.ts> [--port N] [--host H]   Serve the app with live reload (default port 8501)
  check <file...>                      Compile scripts and print their diagnostics;
                                       exits 1 when any has an error
  help                                 Show this help

Options:
  -h, --help                           Show this help
`;
