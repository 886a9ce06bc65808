export { AppTest, type AppTestOptions } from "./AppTest.ts";
export { BlockView, ElementView, type AnyView, type ViewOf } from "./views.ts";
export type * from "./lists.generated.ts";
export { DialogView } from "./dialogView.ts";
