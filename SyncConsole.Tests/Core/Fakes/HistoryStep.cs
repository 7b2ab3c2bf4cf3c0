namespace SyncConsole.Tests.Core.Fakes;

/// <summary>One step of a generated history.</summary>
internal enum HistoryStepKind
{
    EditOurs = 1,
    EditTheirs,
    DeleteOurs,
    DeleteTheirs,
    Sync,
    CrashingSync,
    Resolve,
}

/// <summary>A step: what, on which record slot and field, with which value, and where a crashing sync dies.</summary>
internal sealed record HistoryStep(HistoryStepKind Kind, int Slot, int Field, int Value, int CrashStep)
{
    public override string ToString() => Kind switch
    {
        HistoryStepKind.EditOurs or HistoryStepKind.EditTheirs => $"{Kind}(#{Slot}.f{Field}=v{Value})",
        HistoryStepKind.DeleteOurs or HistoryStepKind.DeleteTheirs => $"{Kind}(#{Slot})",
        HistoryStepKind.CrashingSync => $"{Kind}(@{CrashStep})",
        HistoryStepKind.Sync or HistoryStepKind.Resolve => Kind.ToString(),
    };
}
