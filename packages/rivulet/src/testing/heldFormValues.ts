// Values set on widgets inside a form, held on the AppTest side as a page holds them: they go
// to the session only with a click of one of the form's submit buttons (`submit`).

import type { FormValue, Json } from "@rivulet/runtime";

export class HeldFormValues {
  private readonly byForm = new Map<string, Map<string, Json>>();

  hold(formId: string, id: string, value: Json): void {
    let values = this.byForm.get(formId);
    if (values === undefined) this.byForm.set(formId, (values = new Map()));
    values.set(id, value);
  }

  get(id: string): { value: Json } | undefined {
    for (const values of this.byForm.values()) if (values.has(id)) return { value: values.get(id)! };
    return undefined;
  }

  /** The form's held values, for its submit; they are no longer held. */
  take(formId: string): FormValue[] {
    const values = this.byForm.get(formId);
    this.byForm.delete(formId);
    return values === undefined ? [] : [...values].map(([id, value]) => ({ id, value }));
  }
}
