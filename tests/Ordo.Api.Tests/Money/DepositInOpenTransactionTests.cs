using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Money;

/// <summary>
/// A request may already run in a transaction (one wrapped whole, as idempotent replays are): a money use
/// case then joins it, its wallet update and its save belong to it, and the commit stays with its owner.
/// </summary>
public abstract class DepositInOpenTransactionTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_deposit_inside_a_transaction_someone_else_began_joins_it_and_is_undone_with_it()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(await App.DemoUserAsync("accountant@ordo.test"), 5_000_000m);
        var actor = new Actor(customer.Id, "Nguyễn Văn Test", new HashSet<string>(StringComparer.Ordinal) { Roles.Customer });

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            await using var owner = await db.Database.BeginTransactionAsync();

            var paid = await scope.ServiceProvider.GetRequiredService<PayDeposit>()
                .HandleAsync(actor, orderId, new PayDeposit.Command(PaymentMethod.Wallet, null), null, CancellationToken.None);

            Assert.True(paid.PaidVnd > 0);
            Assert.Same(owner, db.Database.CurrentTransaction);
            await owner.RollbackAsync();
        }

        Assert.Equal(OrderStatus.Approved, (await customer.OrderAsync(orderId)).Status);
        Assert.Equal(5_000_000m, await customer.BalanceAsync());
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).PaidVnd);
    }

    [Fact]
    public async Task A_deposit_inside_a_transaction_someone_else_began_counts_once_its_owner_commits()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(await App.DemoUserAsync("accountant@ordo.test"), 5_000_000m);
        var actor = new Actor(customer.Id, "Nguyễn Văn Test", new HashSet<string>(StringComparer.Ordinal) { Roles.Customer });
        decimal deposit;

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            await using var owner = await db.Database.BeginTransactionAsync();
            deposit = (await scope.ServiceProvider.GetRequiredService<PayDeposit>()
                .HandleAsync(actor, orderId, new PayDeposit.Command(PaymentMethod.Wallet, null), null, CancellationToken.None)).PaidVnd;
            await owner.CommitAsync();
        }

        Assert.Equal(OrderStatus.Deposited, (await customer.OrderAsync(orderId)).Status);
        Assert.Equal(5_000_000m - deposit, await customer.BalanceAsync());
        await (await App.DemoUserAsync("accountant@ordo.test")).BooksShouldBalanceAsync();
    }

    public sealed class OnSqlite(SqliteApp app) : DepositInOpenTransactionTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DepositInOpenTransactionTests(app), IClassFixture<PostgresApp>;
}
