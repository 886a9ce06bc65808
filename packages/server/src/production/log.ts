// Structured logs: one JSON object per line on stdout (what log collectors read), or plain text
// for a person at a terminal (`--log-format text`).

export type LogFormat = "json" | "text";
export type LogLevel = "info" | "warn" | "error";

export interface Logger {
  (level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(format: LogFormat, write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  return (level, msg, fields = {}) => {
    const time = new Date().toISOString();
    if (format === "json") return write(`${JSON.stringify({ time, level, msg, ...fields })}\n`);
    const extra = Object.entries(fields)
      .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
      .join(" ");
    write(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${extra ? ` ${extra}` : ""}\n`);
  };
}
