namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Word lists the demo company is generated from.</summary>
internal static class SandboxDemoData
{
    public static readonly string[] GivenNames =
    [
        "Amy", "Bill", "Carla", "Dylan", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nils",
        "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wes", "Xena", "Yusuf", "Zoe",
    ];

    public static readonly string[] FamilyNames =
    [
        "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Moreau",
        "Nguyen", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Weber",
    ];

    public static readonly string[] CompanyWords =
    [
        "Alder", "Bayview", "Cedar", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Keystone",
        "Lakeside", "Maple", "Northwind", "Orchard", "Pioneer", "Quarry", "Redwood", "Summit", "Tidewater",
    ];

    public static readonly string[] CompanyKinds =
    [
        "Landscaping", "Bakery", "Consulting", "Builders", "Dental", "Electric", "Florists", "Logistics", "Motors", "Print Shop",
    ];

    public static readonly string[] Cities = ["Bayshore", "Middlefield", "Sunnyvale", "Palo Alto", "San Mateo", "Redwood City", "Menlo Park"];

    public static readonly (string Name, string Type, string? SubType)[] Accounts =
    [
        ("Checking", "Bank", "Checking"),
        ("Savings", "Bank", "Savings"),
        ("Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable"),
        ("Undeposited Funds", "Other Current Asset", "UndepositedFunds"),
        ("Inventory Asset", "Other Current Asset", "Inventory"),
        ("Truck", "Fixed Asset", "Vehicles"),
        ("Accounts Payable (A/P)", "Accounts Payable", "AccountsPayable"),
        ("Mastercard", "Credit Card", "CreditCard"),
        ("Loan Payable", "Other Current Liability", "OtherCurrentLiabilities"),
        ("Notes Payable", "Long Term Liability", "NotesPayable"),
        ("Opening Balance Equity", "Equity", "OpeningBalanceEquity"),
        ("Sales of Product Income", "Income", "SalesOfProductIncome"),
        ("Services", "Income", "ServiceFeeIncome"),
        ("Design income", "Income", "ServiceFeeIncome"),
        ("Landscaping Services", "Income", "ServiceFeeIncome"),
        ("Interest Earned", "Other Income", "InterestEarned"),
        ("Cost of Goods Sold", "Cost of Goods Sold", "SuppliesMaterialsCogs"),
        ("Advertising", "Expense", "AdvertisingPromotional"),
        ("Automobile", "Expense", "Auto"),
        ("Equipment Rental", "Expense", "EquipmentRental"),
        ("Insurance", "Expense", "Insurance"),
        ("Legal & Professional Fees", "Expense", "LegalProfessionalFees"),
        ("Meals and Entertainment", "Expense", "EntertainmentMeals"),
        ("Office Expenses", "Expense", "OfficeGeneralAdministrativeExpenses"),
        ("Rent or Lease", "Expense", "RentOrLeaseOfBuildings"),
        ("Repair and Maintenance", "Expense", "RepairMaintenance"),
        ("Utilities", "Expense", "Utilities"),
        ("Travel", "Expense", "Travel"),
        ("Depreciation", "Other Expense", "Depreciation"),
    ];

    public static readonly string[] ServiceNames =
    [
        "Consulting", "Design", "Gardening", "Hours", "Installation", "Lighting", "Maintenance", "Pest Control", "Refunds",
        "Trimming", "Concrete", "Sprinkler Repair", "Tree Removal", "Site Survey", "Training",
    ];

    public static readonly string[] ProductNames =
    [
        "Rock Fountain", "Pump", "Sprinkler Heads", "Sprinkler Pipes", "Soil", "Mulch", "Garden Hose", "Stone Path", "Planter Box",
        "Bird Bath", "Lawn Seed", "Fertilizer", "Solar Lamp", "Trellis", "Pavers",
    ];
}
