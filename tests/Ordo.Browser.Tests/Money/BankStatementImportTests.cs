using System.Text;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class BankStatementImportTests(BrowserFixture browser)
{
    [Fact]
    public Task The_accountant_uploads_a_bank_statement_and_sees_what_each_line_became() =>
        browser.RunAsync("bank-import-en", async page =>
        {
            var account = new AccountPages(page, Texts.For("en"));
            await account.OpenSignInAsync();
            await account.SignInAsync("accountant@ordo.test", "Demo@12345");
            await new MoneyPages(page, MoneyTexts.For("en")).OpenFromNavAsync("Top-up queue");
            var unique = Guid.NewGuid().ToString("N")[..8];
            var csv = $"Ngày,Số tiền,Nội dung,Mã giao dịch\n2026-11-20,1500000,NAP TIEN KH000001 {unique},FT{unique}A\n2026-11-20,700000,khong ro nguoi gui {unique},FT{unique}B\n";

            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "statement.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes(csv),
            });

            var import = page.GetByRole(AriaRole.Region, new() { Name = "Import a bank statement" });
            await Assertions.Expect(import).ToContainTextAsync("Top-up created and confirmed");
            await Assertions.Expect(import).ToContainTextAsync("No matching customer");
            await Assertions.Expect(import).ToContainTextAsync("KH000001");
        });
}
