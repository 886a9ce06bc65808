// The st API (`import * as st from "rivulet"`) and the host API sessions are run with.

import { currentContainer, sidebarContainer, type Container } from "./api/container.ts";

export { Container } from "./api/container.ts";
export type { TitleOptions, HeaderOptions, MarkdownOptions, TextOptions } from "./api/elements/text.ts";
export type { AlertOptions } from "./api/elements/alert.ts";
export type { ButtonOptions } from "./api/widgets/button.ts";
export type { CheckboxOptions } from "./api/widgets/checkbox.ts";
export type { SliderOptions } from "./api/widgets/slider.ts";
export type { TextInputOptions } from "./api/widgets/textInput.ts";
export type { ContainerOptions, ColumnsOptions } from "./api/layout/blocks.ts";
export type { FormOptions } from "./api/forms/form.ts";
export type { FormSubmitButtonOptions } from "./api/forms/formSubmitButton.ts";
export { sessionState } from "./api/sessionState.ts";
export { rerun, stop, type RerunOptions } from "./api/control.ts";
export { runSignal } from "./api/runSignal.ts";
export { fragment, type FragmentOptions } from "./api/fragment.ts";
export { dialog, type DialogOptions } from "./api/dialog.ts";
export { queryParams, type QueryParams } from "./api/queryParams.ts";
export { RivuletAPIError } from "./errors/RivuletAPIError.ts";

/** The sidebar: `st.sidebar.button("Go")`. */
export const sidebar: Container = sidebarContainer;

const st = currentContainer;
export const title = st.title;
export const header = st.header;
export const subheader = st.subheader;
export const markdown = st.markdown;
export const text = st.text;
export const write = st.write;
export const error = st.error;
export const warning = st.warning;
export const info = st.info;
export const success = st.success;
export const button = st.button;
export const checkbox = st.checkbox;
export const slider = st.slider;
export const textInput = st.textInput;
export const container = st.container;
export const columns = st.columns;
export const empty = st.empty;
export const form = st.form;
export const formSubmitButton = st.formSubmitButton;

// Hosting: what transports and test harnesses use.
export { Session, FRAME_MS, MAX_CONSECUTIVE_RERUNS, type SessionOptions } from "./session/session.ts";
export { parseQueryString, formatQueryString, type QueryValue } from "./state/queryParams.ts";
export type { LoadedScript } from "./session/script.ts";
export type { SessionSnapshot, SnapshotResult } from "./session/snapshot.ts";
export { reportRunsTo } from "./session/context.ts";
export { ownAttention, type Attention } from "./session/attention.ts";
export { isControlSignal } from "./session/signals.ts";
export { describeThrown, type ThrownDescription } from "./session/thrownValue.ts";
export { OutsideRunError } from "./errors/OutsideRunError.ts";
export { guardStrayScriptErrors, type GuardOptions, type ProcessLike } from "./hosting/guardStrayScriptErrors.ts";
export type { RunFunction, RunHandle, ScriptModule } from "./internal.ts";
export type * from "./wire/protocol.ts";
export { applyPatch, emptyPage } from "./wire/applyPatch.ts";
export { snapshot } from "./tree/live.ts";
export { sessionStateProxy } from "./state/sessionState.ts";
