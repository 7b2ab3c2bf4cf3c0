namespace SyncConsole.Core.Ports;

/// <summary>Finds registered providers.</summary>
public interface ISyncProviderRegistry
{
    /// <summary>Every registered provider.</summary>
    IReadOnlyList<SyncProviderDescriptor> Providers { get; }

    /// <summary>Resolves a provider's adapter, strategy and mappers for the current scope.</summary>
    /// <exception cref="InvalidOperationException">Unknown provider, or a supported entity type without a mapper.</exception>
    SyncProvider Resolve(string providerId);
}
