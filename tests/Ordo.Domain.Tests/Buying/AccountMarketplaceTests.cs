using Ordo.Domain.Buying;

namespace Ordo.Domain.Tests.Buying;

public class AccountMarketplaceTests
{
    [Theory]
    [InlineData(Marketplace.Taobao, Marketplace.Taobao, true)]
    [InlineData(Marketplace.Taobao, Marketplace.Tmall, true)]
    [InlineData(Marketplace.Tmall, Marketplace.Taobao, false)]
    [InlineData(Marketplace.Alibaba1688, Marketplace.Taobao, false)]
    [InlineData(Marketplace.Taobao, Marketplace.Alibaba1688, false)]
    [InlineData(Marketplace.Other, Marketplace.Alibaba1688, true)]
    public void An_account_buys_on_its_own_marketplace_and_a_taobao_login_also_on_tmall(Marketplace account, Marketplace order, bool buys) =>
        Assert.Equal(buys, BuyingAccount.Buys(account, order));
}
