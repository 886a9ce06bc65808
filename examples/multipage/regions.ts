export const regions = ["North", "South", "East"];
