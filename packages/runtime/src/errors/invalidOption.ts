import { describeValue } from "./describeValue.ts";
import { RivuletAPIError } from "./RivuletAPIError.ts";

/**
 * An argument an st call does not take (the catalogue's `invalid_option`): `expected` says what
 * it takes, in words ("a positive integer", `"small", "medium" or "large"`), `given` is shown
 * as the page shows values.
 */
export function invalidOption(api: string, option: string, expected: string, given: unknown): RivuletAPIError<"invalid_option"> {
  return new RivuletAPIError("invalid_option", { api, option, expected, got: describeValue(given) });
}

/** What a width or height takes, as `invalidOption` says it. */
export const SIZE_CHOICES = 'a number of pixels, "stretch" or "content"';

/** Choices as `invalidOption` says them: `"a", "b" or "c"`. */
export function oneOf(choices: readonly string[]): string {
  const quoted = choices.map((choice) => JSON.stringify(choice));
  return quoted.length < 2 ? (quoted[0] ?? "nothing") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}
