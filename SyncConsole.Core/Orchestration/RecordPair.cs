using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>Both live sides of a linked record, with their canonical fields in our ids.</summary>
internal sealed record RecordPair(InternalRecord Ours, ExternalRecord Theirs, FieldMap OursFields, FieldMap TheirsFields);
