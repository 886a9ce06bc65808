export { AppTest, type AppTestOptions } from "./AppTest.ts";
export { BlockView, ElementView, type AnyView, type ValueOf, type ViewClass, type ViewOf } from "./views.ts";
export * from "./lists.generated.ts";
export { DialogView } from "./dialogView.ts";
