namespace SyncConsole.Core.Ports;

/// <summary>How a provider write ended.</summary>
public enum WriteStatus
{
    /// <summary>Written (or replayed from an earlier identical request).</summary>
    Succeeded = 1,

    /// <summary>The record changed at the provider since <see cref="ExternalWrite.VersionToken"/>; nothing was written.</summary>
    Stale,

    /// <summary>The provider refused the write (validation, missing reference…); nothing was written.</summary>
    Rejected,
}
