using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// One of the agent's own logins on a Chinese marketplace, with the means it pays by. The administrator keeps them and
/// says which ordering staff buy with which; each placed order records the account that bought it.
/// </summary>
public sealed class BuyingAccount : AggregateRoot
{
    public const int MaxAccountNameLength = 100;
    public const int MaxPaymentAccountLength = 100;
    public const int MaxNoteLength = 500;
    public const int MaxAssignedStaff = 50;

    /// <summary>The field a purchase names its account by, so a refusal lands next to the account picker.</summary>
    public const string UsedByField = "buyingAccountId";

    public const string StaffField = "staffIds";

    private readonly List<BuyingAccountAssignment> _assignedStaff = [];

    private BuyingAccount()
    {
        AccountName = string.Empty;
        NormalizedAccountName = string.Empty;
        PaymentAccount = string.Empty;
    }

    /// <summary>The roles whose holders buy from the shops, and so may be given an account.</summary>
    public static IReadOnlyList<string> BuyerRoles { get; } = [Roles.OrderingStaff, Roles.OrderManager];

    public Marketplace Marketplace { get; private set; }

    public string AccountName { get; private set; }

    /// <summary>
    /// The name as the uniqueness rule compares it: trimmed and upper case, because the marketplaces do not tell
    /// "Shop_ABC" from "shop_abc" at sign-in, so two rows for them would be one account counted twice.
    /// </summary>
    public string NormalizedAccountName { get; private set; }

    public PaymentKind PaymentKind { get; private set; }

    public string PaymentAccount { get; private set; }

    public string? Note { get; private set; }

    public bool IsActive { get; private set; } = true;

    public IReadOnlyList<BuyingAccountAssignment> AssignedStaff => _assignedStaff;

    public static BuyingAccount Create(
        Actor actor, Marketplace marketplace, string? accountName, PaymentKind paymentKind, string? paymentAccount, string? note,
        IReadOnlyCollection<StaffMember> staff)
    {
        var account = new BuyingAccount();
        account.Change(actor, marketplace, accountName, paymentKind, paymentAccount, note, isActive: true, staff);
        return account;
    }

    public static string Normalize(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        return accountName.Trim().ToUpperInvariant();
    }

    /// <summary>Replaces every field; <paramref name="isActive"/> false retires the account without losing the orders it bought.</summary>
    public void Change(
        Actor actor, Marketplace marketplace, string? accountName, PaymentKind paymentKind, string? paymentAccount, string? note, bool isActive,
        IReadOnlyCollection<StaffMember> staff)
    {
        EnsureMayChange(actor);
        var check = new Check()
            .Defined(marketplace, "marketplace")
            .Required(accountName, "accountName", MaxAccountNameLength)
            .Defined(paymentKind, "paymentKind")
            .Required(paymentAccount, "paymentAccount", MaxPaymentAccountLength)
            .MaxLength(note, "note", MaxNoteLength);
        CheckStaff(check, staff);
        check.ThrowIfAny();
        Marketplace = marketplace;
        AccountName = accountName!.Trim();
        NormalizedAccountName = Normalize(AccountName);
        PaymentKind = paymentKind;
        PaymentAccount = paymentAccount!.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        IsActive = isActive;
        Replace(staff);
    }

    /// <summary>Gives the account to exactly these staff members (none: only managers buy with it).</summary>
    public void AssignTo(Actor actor, IReadOnlyCollection<StaffMember> staff)
    {
        EnsureMayChange(actor);
        var check = new Check();
        CheckStaff(check, staff);
        check.ThrowIfAny();
        Replace(staff);
    }

    /// <summary>
    /// Whether the account can buy an order from <paramref name="marketplace"/>: its own, and Tmall with a Taobao login (Tmall
    /// shops sell through Taobao accounts).
    /// </summary>
    public bool BuysOn(Marketplace? marketplace) => Buys(Marketplace, marketplace);

    /// <summary>The rule of <see cref="BuysOn"/>, for a page that offers only the accounts a purchase will accept.</summary>
    public static bool Buys(Marketplace account, Marketplace? order) =>
        order == account || (account == Marketplace.Taobao && order == Marketplace.Tmall) || account == Marketplace.Other;

    /// <summary>How a purchase records the account: marketplace and login, as they were.</summary>
    public BuyingAccountRef ToRef() => new(Id, $"{Marketplace} · {AccountName}");

    public bool IsUsableBy(Guid staffId) => IsActive && _assignedStaff.Exists(s => s.StaffId == staffId);

    /// <summary>
    /// Throws unless <paramref name="buyer"/> may place an order with this account: it must be active, and an ordering
    /// staff member must have been given it; an order manager or administrator, who hands out the work, may use any.
    /// </summary>
    public void EnsureUsableBy(Actor buyer)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        if (!IsActive)
        {
            throw new DomainValidationException(UsedByField, "is not active");
        }

        if (!buyer.IsAnyOf(Roles.OrderManager) && !IsUsableBy(buyer.UserId))
        {
            throw new DomainValidationException(UsedByField, "is not assigned to you");
        }
    }

    /// <summary>Only the administrator keeps the accounts: they are the agent's logins and means of payment.</summary>
    public static void EnsureMayChange(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(BuyingErrors.RoleNotAllowed, "Only an administrator may change buying accounts.");
        }
    }

    private static void CheckStaff(Check check, IReadOnlyCollection<StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        check.That(staff.Count <= MaxAssignedStaff, StaffField, $"must list at most {MaxAssignedStaff} staff members")
            .That(staff.All(s => s.IsActive), StaffField, "must name only active staff")
            .That(staff.All(s => BuyerRoles.Any(s.Roles.Contains)), StaffField, "must name only ordering staff or order managers");
    }

    /// <summary>
    /// Keeps the assignments that stay (renamed if the person was), so the database sees only who was added or
    /// removed rather than everyone deleted and inserted again under the same key.
    /// </summary>
    private void Replace(IReadOnlyCollection<StaffMember> staff)
    {
        var wanted = staff.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        _assignedStaff.RemoveAll(a => !wanted.ContainsKey(a.StaffId));
        foreach (var assignment in _assignedStaff)
        {
            assignment.Rename(wanted[assignment.StaffId].Name);
        }

        _assignedStaff.AddRange(wanted.Values
            .Where(s => !_assignedStaff.Exists(a => a.StaffId == s.Id))
            .Select(s => new BuyingAccountAssignment(s.Id, s.Name)));
    }
}
