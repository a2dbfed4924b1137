import type { ChatToolArgs, ChatToolInput } from "../chat/toolArgs";
import * as chat from "../chat/tools";
import type { Validator } from "./validator";

// Typed with our own `Validator`, not zod's types (see ./scheduleConfigSchema.ts).

/**
 * The argument schemas of the chat tools, by tool name: the single source of the tools'
 * arguments (`callTool` and the MCP server validate with them).
 *
 * @example
 * CHAT_TOOL_SCHEMAS.hours_on.parse({ date: "2026-06-18" }) // => { date: "2026-06-18", language: "sv" }
 */
export const CHAT_TOOL_SCHEMAS: { readonly [N in chat.ChatToolName]: Validator<ChatToolArgs[N], ChatToolInput[N]> } = chat.CHAT_TOOL_SCHEMAS;
