import * as st from "rivulet";
// A class that keeps a container and writes into it from its methods.
class Panel {
  private readonly box = st.container({ border: true });
  constructor(private readonly title: string) {}
  show(rows: string[]): void {
    this.box.subheader(this.title);
    for (const row of rows) this.box.text(row);
  }
}
new Panel("Orders").show(["a", "b"]);
