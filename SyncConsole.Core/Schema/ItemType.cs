namespace SyncConsole.Core.Schema;

/// <summary>The kind of an item; wire names <c>service</c>, <c>non_inventory</c>, <c>inventory</c>.</summary>
public enum ItemType
{
    /// <summary>A service.</summary>
    Service = 1,

    /// <summary>A product whose quantity is not tracked.</summary>
    NonInventory,

    /// <summary>A product whose quantity on hand is tracked.</summary>
    Inventory,
}
