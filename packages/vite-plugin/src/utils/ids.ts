/** A module id without its query or hash (`/app.ts?t=123` → `/app.ts`). */
export function cleanId(id: string): string {
  return id.replace(/[?#].*$/s, "");
}
