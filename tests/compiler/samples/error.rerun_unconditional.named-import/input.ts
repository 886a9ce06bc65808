import { rerun, title } from "rivulet";
title("Loop");
rerun({ scope: "app" });
