using System.Collections;
using System.Globalization;
using System.Resources;
using Ordo.Domain.Buying;
using Ordo.Domain.Money;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders;
using Ordo.Web;

namespace Ordo.Api.Tests.Common;

/// <summary>Every word the screens build from a domain value exists in English and Vietnamese, so no page shows a raw key.</summary>
public class LocalizationTests
{
    private static readonly ResourceManager Strings = new("Ordo.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static TheoryData<string> KeysFromDomainValues()
    {
        var keys = new TheoryData<string>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            keys.Add($"OrderStatus.{status}");
        }

        foreach (var action in Enum.GetValues<OrderHistoryAction>())
        {
            keys.Add($"HistoryAction.{action}");
        }

        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            keys.Add($"Notify.{kind}");
        }

        foreach (var action in OrderActions.All.Select(OrderActions.Name))
        {
            keys.Add($"OrderAction.{action}");
        }

        AddAll<JournalEntryKind>(keys, "EntryKind");
        AddAll<TopUpMethod>(keys, "TopUpMethod");
        AddAll<TopUpStatus>(keys, "TopUpStatus");
        AddAll<PaymentStatus>(keys, "PaymentStatus");
        AddAll<PaymentMethod>(keys, "PaymentMethod");
        AddAll<ChargeKind>(keys, "ChargeKind");
        AddAll<LateKind>(keys, "LateKind");
        AddAll<LateReason>(keys, "LateReason");
        AddAll<Ordo.Application.Common.Outbox.OutboxMessageState>(keys, "Outbox.State");
        AddAll<Ordo.Domain.Buying.PaymentKind>(keys, "PaymentKind");
        AddAll<Ordo.Domain.Logistics.Country>(keys, "Country");
        AddAll<Ordo.Domain.Logistics.ParcelStatus>(keys, "ParcelStatus");
        AddAll<Ordo.Domain.Logistics.ParcelAction>(keys, "ParcelAction");
        AddAll<Ordo.Domain.Logistics.ParcelWarning>(keys, "ParcelWarning");
        AddAll<Ordo.Application.Logistics.ScanOutcome>(keys, "ScanOutcome");

        return keys;
    }

    private static void AddAll<TEnum>(TheoryData<string> keys, string prefix)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            keys.Add($"{prefix}.{value}");
        }
    }

    [Theory]
    [MemberData(nameof(KeysFromDomainValues))]
    public void Each_domain_value_has_words_in_both_languages(string key)
    {
        var english = Strings.GetString(key, CultureInfo.InvariantCulture);
        var vietnamese = Strings.GetResourceSet(Vietnamese, createIfNotExists: true, tryParents: false)?.GetString(key);

        Assert.False(string.IsNullOrWhiteSpace(english), $"'{key}' has no English text");
        Assert.False(string.IsNullOrWhiteSpace(vietnamese), $"'{key}' has no Vietnamese text");
    }

    [Fact]
    public void The_two_languages_have_the_same_keys()
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var vietnamese = Keys(Vietnamese);

        Assert.Empty(english.Except(vietnamese));
        Assert.Empty(vietnamese.Except(english));
    }

    // The build keeps the first of two texts under one name and only warns: the second never shows.
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.vi.resx")]
    public void Each_text_is_written_once_per_language(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ordo.slnx")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Ordo.slnx not found."), "src", "Ordo.Web", "Resources", file);
        var names = System.Xml.Linq.XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        Assert.Empty(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static SortedSet<string> Keys(CultureInfo culture)
    {
        var set = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
                  ?? throw new InvalidOperationException($"No resources for '{culture.Name}'");
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }
}
