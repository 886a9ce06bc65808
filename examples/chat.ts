// A chat: the conversation kept in session state, each answer streamed in word by word with
// st.writeStream (here from a generator; an LLM client's stream is written the same way).
import * as st from "rivulet";

type Message = { role: "user" | "assistant"; content: string };
const messages: Message[] = (st.sessionState.messages ??= []);

for (const message of messages) st.chatMessage(message.role).markdown(message.content);

async function* answer(prompt: string): AsyncGenerator<string> {
  for (const word of `You said: "${prompt}". That is ${prompt.split(/\s+/).length} words.`.split(" ")) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    yield `${word} `;
  }
}

const prompt = st.chatInput("Say something");
if (prompt) {
  messages.push({ role: "user", content: prompt });
  st.chatMessage("user").markdown(prompt);
  const reply = await st.chatMessage("assistant").writeStream(answer(prompt));
  messages.push({ role: "assistant", content: String(reply) });
}
