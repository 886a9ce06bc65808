// st.title, st.header and st.subheader, through AppTest: their anchors and dividers.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("a heading's anchor is the one given; `false` or none leaves the page's own", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.title("Report", { anchor: "top" });
    st.header("Intro", { anchor: "intro", divider: "blue" });
    st.subheader("Details", { anchor: false });
    st.subheader("More");
  `).run();
  expect(at.title[0]!.anchor).toBe("top");
  expect(at.header[0]!.anchor).toBe("intro");
  expect(at.header[0]!.divider).toBe("blue");
  expect(at.subheader.map((s) => s.anchor)).toEqual([undefined, undefined]);
});
