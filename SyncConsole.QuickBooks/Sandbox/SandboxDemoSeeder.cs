using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Fills a realm with a realistic demo company: a chart of accounts, items, customers (with jobs), vendors, invoices,
/// bills and payments with valid references. The same seed number gives the same data. Records are spread over the
/// last 45 days and go through the normal validation rules.
/// </summary>
internal static class SandboxDemoSeeder
{
    private static readonly TimeSpan Span = TimeSpan.FromDays(45);

    public static async Task<JsonObject> SeedAsync(SandboxSession session, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var end = session.Now;
        var start = end - Span;
        var step = Span / 720;
        session.Now = start;

        async Task<string> Create(SandboxEntity entity, JsonObject body)
        {
            session.Now += step;
            var created = await SandboxLedger.CreateAsync(session, entity, body, cancellationToken);
            return SandboxJson.GetString(created, "Id")!;
        }

        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, type, subType) in SandboxDemoData.Accounts)
        {
            accounts[name] = await Create(SandboxEntity.Account, new JsonObject { ["Name"] = name, ["AccountType"] = type, ["AccountSubType"] = subType });
        }

        var items = new List<(string Id, decimal Price)>();
        foreach (var name in SandboxDemoData.ServiceNames)
        {
            var price = Price(random, 40, 250);
            items.Add((await Create(SandboxEntity.Item, new JsonObject
            {
                ["Name"] = name,
                ["Type"] = "Service",
                ["UnitPrice"] = price,
                ["Description"] = $"{name} service",
                ["IncomeAccountRef"] = Ref(accounts["Services"]),
            }), price));
        }

        for (var i = 0; i < SandboxDemoData.ProductNames.Length; i++)
        {
            var name = SandboxDemoData.ProductNames[i];
            var price = Price(random, 5, 300);
            var body = new JsonObject
            {
                ["Name"] = name,
                ["UnitPrice"] = price,
                ["PurchaseCost"] = SandboxJson.Money(price * 0.6m),
                ["Sku"] = $"SKU-{1000 + i}",
                ["IncomeAccountRef"] = Ref(accounts["Sales of Product Income"]),
                ["ExpenseAccountRef"] = Ref(accounts["Cost of Goods Sold"]),
            };
            if (i % 3 == 0)
            {
                body["Type"] = "Inventory";
                body["AssetAccountRef"] = Ref(accounts["Inventory Asset"]);
                body["QtyOnHand"] = random.Next(5, 200);
                body["InvStartDate"] = SandboxJson.FormatDate(start, session.CompanyOffset);
            }
            else
            {
                body["Type"] = "NonInventory";
            }

            items.Add((await Create(SandboxEntity.Item, body), price));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var customers = new List<string>();
        for (var i = 0; customers.Count < 100 && i < 1000; i++)
        {
            var body = i % 3 == 0 ? SandboxDemoContacts.Company(random) : SandboxDemoContacts.Person(random);
            if (names.Add(SandboxJson.GetString(body, "DisplayName")!))
            {
                customers.Add(await Create(SandboxEntity.Customer, body));
            }
        }

        for (var i = 0; i < 20; i++)
        {
            var parent = customers[random.Next(customers.Count)];
            var job = $"Job {i + 1:D2} {SandboxDemoData.CompanyKinds[random.Next(SandboxDemoData.CompanyKinds.Length)]}";
            if (names.Add(job))
            {
                customers.Add(await Create(SandboxEntity.Customer, new JsonObject { ["DisplayName"] = job, ["ParentRef"] = Ref(parent), ["BillWithParent"] = true }));
            }
        }

        var vendors = new List<string>();
        for (var i = 0; vendors.Count < 60 && i < 1000; i++)
        {
            var body = SandboxDemoContacts.Company(random);
            body["DisplayName"] = $"{SandboxJson.GetString(body, "DisplayName")} Supply";
            body["CompanyName"] = body["DisplayName"]!.DeepClone();
            body["AcctNum"] = $"V-{i + 100}";
            if (names.Add(SandboxJson.GetString(body, "DisplayName")!))
            {
                vendors.Add(await Create(SandboxEntity.Vendor, body));
            }
        }

        var invoices = new List<(string Id, string Customer, decimal Total)>();
        for (var i = 0; i < 220; i++)
        {
            var customer = customers[random.Next(customers.Count)];
            var lines = new JsonArray();
            var total = 0m;
            for (var l = random.Next(1, 5); l > 0; l--)
            {
                var (itemId, price) = items[random.Next(items.Count)];
                var qty = random.Next(1, 10);
                var amount = SandboxJson.Money(qty * price);
                total += amount;
                lines.Add(new JsonObject
                {
                    ["DetailType"] = "SalesItemLineDetail",
                    ["Amount"] = amount,
                    ["Description"] = "Work performed",
                    ["SalesItemLineDetail"] = new JsonObject { ["ItemRef"] = Ref(itemId), ["Qty"] = qty, ["UnitPrice"] = price },
                });
            }

            var date = session.Now + step;
            var id = await Create(SandboxEntity.Invoice, new JsonObject
            {
                ["CustomerRef"] = Ref(customer),
                ["Line"] = lines,
                ["TxnDate"] = SandboxJson.FormatDate(date, session.CompanyOffset),
                ["DueDate"] = SandboxJson.FormatDate(date.AddDays(30), session.CompanyOffset),
                ["CustomerMemo"] = new JsonObject { ["value"] = "Thank you for your business." },
            });
            invoices.Add((id, customer, total));
        }

        var expenseAccounts = SandboxDemoData.Accounts.Where(a => a.Type == "Expense").Select(a => accounts[a.Name]).ToArray();
        for (var i = 0; i < 140; i++)
        {
            var lines = new JsonArray();
            for (var l = random.Next(1, 4); l > 0; l--)
            {
                lines.Add(random.Next(4) == 0 ? ItemExpenseLine(random, items) : AccountExpenseLine(random, expenseAccounts));
            }

            await Create(SandboxEntity.Bill, new JsonObject
            {
                ["VendorRef"] = Ref(vendors[random.Next(vendors.Count)]),
                ["Line"] = lines,
                ["DocNumber"] = $"B-{5000 + i}",
                ["TxnDate"] = SandboxJson.FormatDate(session.Now, session.CompanyOffset),
            });
        }

        var paid = invoices.OrderBy(_ => random.Next()).Take(110).ToList();
        foreach (var (invoiceId, customer, total) in paid)
        {
            var amount = random.Next(3) == 0 ? SandboxJson.Money(total / 2) : total;
            await Create(SandboxEntity.Payment, new JsonObject
            {
                ["CustomerRef"] = Ref(customer),
                ["TotalAmt"] = amount,
                ["DepositToAccountRef"] = Ref(accounts["Undeposited Funds"]),
                ["Line"] = new JsonArray(new JsonObject
                {
                    ["Amount"] = amount,
                    ["LinkedTxn"] = new JsonArray(new JsonObject { ["TxnId"] = invoiceId, ["TxnType"] = "Invoice" }),
                }),
            });
        }

        session.Now = end;
        return new JsonObject { ["records"] = session.Changes.Count };
    }

    private static JsonObject Ref(string id) => new() { ["value"] = id };

    private static decimal Price(Random random, int min, int max) => random.Next(min * 4, max * 4) / 4m;

    private static JsonObject AccountExpenseLine(Random random, string[] accounts) => new()
    {
        ["DetailType"] = "AccountBasedExpenseLineDetail",
        ["Amount"] = Price(random, 20, 900),
        ["Description"] = "Monthly expense",
        ["AccountBasedExpenseLineDetail"] = new JsonObject { ["AccountRef"] = Ref(accounts[random.Next(accounts.Length)]) },
    };

    private static JsonObject ItemExpenseLine(Random random, List<(string Id, decimal Price)> items)
    {
        var (itemId, price) = items[random.Next(items.Count)];
        var qty = random.Next(1, 20);
        return new JsonObject
        {
            ["DetailType"] = "ItemBasedExpenseLineDetail",
            ["Amount"] = SandboxJson.Money(qty * price * 0.6m),
            ["ItemBasedExpenseLineDetail"] = new JsonObject { ["ItemRef"] = Ref(itemId), ["Qty"] = qty, ["UnitPrice"] = SandboxJson.Money(price * 0.6m) },
        };
    }
}
