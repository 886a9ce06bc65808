import * as st from "rivulet";
import type { Task } from "./data.ts";

export function progress(tasks: Task[]): void {
  const done = tasks.filter((task) => task.done).length;
  st.progress(tasks.length === 0 ? 0 : done / tasks.length, `${done} of ${tasks.length} done`);
}

/** One checkbox per task; what is ticked is written after an await, in the place it was called from. */
export async function taskList(tasks: Task[]): Promise<void> {
  const ticked: string[] = [];
  for (const task of tasks) if (st.checkbox(task.title, { value: task.done })) ticked.push(task.title);
  await new Promise((resolve) => setTimeout(resolve, 10)); // e.g. saving them
  st.caption(ticked.length === 0 ? "Nothing ticked" : `Ticked: ${ticked.join(", ")}`);
}
