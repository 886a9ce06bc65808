// An app of several modules. The compiler compiles every module of the app that imports
// rivulet, so a helper's widgets have identities of their own, its code after an await writes
// where it was called from, and a loop in it can be stopped.
import * as st from "rivulet";
import { loadTasks } from "./data.ts";
import { teamFilter } from "./filters.ts";
import { progress, taskList } from "./views.ts";

st.title("Tasks");
const team = teamFilter("Team");
const tasks = await loadTasks(team); // a cached function of data.ts: computed once per team
progress(tasks);
await taskList(tasks);
