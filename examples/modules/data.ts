import * as st from "rivulet";

export interface Task {
  title: string;
  team: string;
  done: boolean;
}

const TASKS: Task[] = [
  { title: "Upgrade the database", team: "Platform", done: true },
  { title: "Rotate the certificates", team: "Platform", done: false },
  { title: "New onboarding screens", team: "Design", done: false },
  { title: "Icon set", team: "Design", done: true },
  { title: "Weekly churn report", team: "Data", done: false },
];

// A cached function at a module's top level, as `@st.cache_data` in a Streamlit utils module.
export const loadTasks = st.cacheData(async (team: string): Promise<Task[]> => {
  await new Promise((resolve) => setTimeout(resolve, 100)); // a slow query
  return TASKS.filter((task) => task.team === team);
});
