// The st API (`import * as st from "rivulet"`) and the host API sessions are run with.

export * from "./st.ts";
export { ELEMENTS, BLOCKS, APIS, type AnyElementNode, type ElementKind, type NodeOf, type RegistryBlockKind, type WidgetKind } from "./elements/registry.generated.ts";
export { CLICK, type BlockDefinition, type ElementDefinition, type Interaction } from "./elements/define.ts";
export { ELEMENT_SCHEMAS, REGISTRY_BLOCK_SCHEMAS } from "./elements/schemas.generated.ts";
export { BLOCK_SCHEMAS, type BlockKind } from "./wire/blocks.ts";

// Hosting: what transports and test harnesses use.
export { Session, FRAME_MS, MAX_CONSECUTIVE_RERUNS, type SessionOptions } from "./session/session.ts";
export { parseQueryString, formatQueryString, type QueryValue } from "./state/queryParams.ts";
export { preloadPages, type LoadedScript } from "./session/script.ts";
export type { SessionSnapshot, SnapshotResult } from "./session/snapshot.ts";
export { reportRunsTo } from "./session/context.ts";
export { ownAttention, type Attention } from "./session/attention.ts";
export { isControlSignal } from "./session/signals.ts";
export { describeThrown, type ThrownDescription } from "./session/thrownValue.ts";
export { OutsideRunError } from "./errors/OutsideRunError.ts";
export { guardStrayScriptErrors, type GuardOptions, type ProcessLike } from "./hosting/guardStrayScriptErrors.ts";
export type { RunFunction, RunHandle, ScriptModule } from "./internal.ts";
export type * from "./wire/protocol.ts";
export { applyDataFrame, applyMessage, emptyPage, missingData, type Page } from "./wire/page.ts";
export type { DataRef, DataReader } from "./wire/dataRef.ts";
export type { DataValue } from "./api/data/dataValue.ts";
export type { DataInput, DataShape } from "./api/data/toArrow.ts";
export type { ColumnConfig, ColumnConfigInput, ColumnType } from "./api/data/columnConfig.ts";
export { parseServerMessage, type Parsed } from "./page/parseMessage.ts";
export { snapshot } from "./tree/live.ts";
export { sessionStateProxy } from "./state/sessionState.ts";
export { pageValueFor, scriptValueOf, type WidgetEntry } from "./state/widgets.ts";
export { describeValue } from "./errors/describeValue.ts";
export { shareDataCaches, type SharedDataCache, type SharedEntry, type SharedLimits, type SharedLookup } from "./api/cache/shared.ts";
export { forgetDataEntries } from "./api/cache/caches.ts";
export { provideSecrets } from "./api/secrets.ts";
export { useLocalFiles, type FileReader } from "./api/media/localFiles.ts";
export type { MediaHost } from "./session/mediaStore.ts";
export { MEDIA_PATH, collectMediaRefs, type MediaRef } from "./wire/mediaRef.ts";
export { registerConnectionType, type ConnectionClass } from "./api/connection/types.ts";
export { forgetConnections } from "./api/connection/connection.ts";
export { secretSection } from "./api/connection/BaseConnection.ts";
export { cachedQuery } from "./api/connection/cachedQuery.ts";
export { loadedSecrets, NO_SECRETS, type SecretsSource } from "./state/secrets.ts";
export { UNKNOWN_CONTEXT, pageSaid, type PageContext, type PageSaid } from "./state/pageContext.ts";
