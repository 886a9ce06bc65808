// Every check, in the order their diagnostics are reported for one location.
import { buttonInForm } from "./ButtonInForm.ts";
import { cachedFunctionWrites } from "./CachedFunctionWrites.ts";
import { computedStMember } from "./ComputedStMember.ts";
import { callbackInForm } from "./CallbackInForm.ts";
import type { Check } from "./context.ts";
import { controlSignalInTry } from "./ControlSignalInTry.ts";
import { defaultNotAnOption } from "./DefaultNotAnOption.ts";
import { dialogOpenedTwice } from "./DialogOpenedTwice.ts";
import { duplicateFormKey } from "./DuplicateFormKey.ts";
import { duplicateWidgetKey } from "./DuplicateWidgetKey.ts";
import { emptyDialogTitle } from "./EmptyDialogTitle.ts";
import { emptySliderRange } from "./EmptySliderRange.ts";
import { formWithoutSubmitButton } from "./FormWithoutSubmitButton.ts";
import { invalidLabelVisibility } from "./InvalidLabelVisibility.ts";
import { invalidRerunScope } from "./InvalidRerunScope.ts";
import { invalidRunEvery } from "./InvalidRunEvery.ts";
import { maxSelectionsExceeded } from "./MaxSelectionsExceeded.ts";
import { nestedDialog } from "./NestedDialog.ts";
import { nestedForm } from "./NestedForm.ts";
import { optionIndexOutOfRange } from "./OptionIndexOutOfRange.ts";
import { rerunInCallback } from "./RerunInCallback.ts";
import { rerunScopeInHelper } from "./RerunScopeInHelper.ts";
import { rerunScopeOutsideFragment } from "./RerunScopeOutsideFragment.ts";
import { pageFileUnseen } from "./PageFileUnseen.ts";
import { rerunUnconditional } from "./RerunUnconditional.ts";
import { stCallAtModuleLevel } from "./StCallAtModuleLevel.ts";
import { submitButtonOutsideForm } from "./SubmitButtonOutsideForm.ts";
import { valueOutOfRange } from "./ValueOutOfRange.ts";
import { widgetOutsideFragment } from "./WidgetOutsideFragment.ts";
import { widgetStateSetAfterWidget } from "./WidgetStateSetAfterWidget.ts";
import { widgetValueNotSettable } from "./WidgetValueNotSettable.ts";

export const checks: readonly Check[] = [
  invalidRerunScope,
  rerunScopeOutsideFragment,
  rerunScopeInHelper,
  rerunUnconditional,
  rerunInCallback,
  controlSignalInTry,
  invalidRunEvery,
  nestedForm,
  formWithoutSubmitButton,
  buttonInForm,
  callbackInForm,
  submitButtonOutsideForm,
  duplicateWidgetKey,
  duplicateFormKey,
  widgetStateSetAfterWidget,
  widgetValueNotSettable,
  widgetOutsideFragment,
  dialogOpenedTwice,
  nestedDialog,
  emptyDialogTitle,
  optionIndexOutOfRange,
  defaultNotAnOption,
  maxSelectionsExceeded,
  valueOutOfRange,
  emptySliderRange,
  invalidLabelVisibility,
  cachedFunctionWrites,
  computedStMember,
  stCallAtModuleLevel,
  pageFileUnseen,
];
