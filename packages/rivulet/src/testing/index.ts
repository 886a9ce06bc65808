export { AppTest, type AppTestOptions } from "./AppTest.ts";
export {
  BlockView,
  ElementView,
  ExceptionView,
  ButtonView,
  CheckboxView,
  SliderView,
  TextInputView,
  type AnyView,
} from "./views.ts";
export { DialogView } from "./dialogView.ts";
