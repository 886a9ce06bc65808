// The form a widget is in, by Svelte context: set by the Form block, absent outside forms.
import { getContext, setContext } from "svelte";
import type { PageForm } from "./pageForm.ts";

const FORM = Symbol("rivulet form");

export function setPageForm(form: PageForm): void {
  setContext(FORM, form);
}

/** The form around the calling component, or undefined outside forms. */
export function getPageForm(): PageForm | undefined {
  return getContext<PageForm | undefined>(FORM);
}
