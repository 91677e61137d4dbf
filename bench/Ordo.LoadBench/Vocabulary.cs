namespace Ordo.LoadBench;

/// <summary>
/// Product titles built from words of very different frequency: "áo" and "khoác" are in most titles, the
/// rare words in a few hundred lines out of millions. <see cref="RareWord"/> is the one the benchmark searches.
/// </summary>
internal static class Vocabulary
{
    public const string CommonWord = "khoác";
    public const string RareWord = "harmonica";

    private static readonly string[] Middle =
    [
        "nữ", "nam", "trẻ em", "mùa đông", "mùa hè", "len", "cotton", "da", "jean", "lụa", "dáng rộng", "ôm body",
        "hàn quốc", "thể thao", "công sở", "chống nước", "giày", "túi xách", "ví", "mũ", "quần", "váy", "đầm",
        "连衣裙", "羽绒服", "卫衣", "牛仔裤", "运动鞋", "毛衣", "外套", "女装", "男装", "新款", "韩版",
        "ốp điện thoại", "tai nghe", "sạc", "đèn ngủ", "gối", "chăn", "bình nước", "cốc", "son", "kem dưỡng",
    ];

    private static readonly string[] Rare =
    [
        RareWord, "kèn saxophone", "đàn tranh", "kính thiên văn", "máy khâu", "ấm tử sa", "口琴", "望远镜", "古筝",
        "bàn cờ tướng", "la bàn", "đồng hồ cát",
    ];

    private static readonly string[] Colours = ["đen", "trắng", "đỏ", "xanh", "be", "xám", "hồng", "黑色", "白色"];

    private static readonly string[] Sizes = ["S", "M", "L", "XL", "XXL", "36", "38", "40", "free size"];

    public static string Title(Random random)
    {
        var words = new List<string>(8);
        if (random.NextDouble() < 0.7)
        {
            words.Add("áo");
        }

        if (random.NextDouble() < 0.55)
        {
            words.Add(CommonWord);
        }

        var middle = 1 + random.Next(3);
        for (var i = 0; i < middle; i++)
        {
            words.Add(Middle[random.Next(Middle.Length)]);
        }

        // About 1 title in 4,000 has one rare word: a few hundred lines in a million orders.
        if (random.Next(4_000) == 0)
        {
            words.Add(Rare[random.Next(Rare.Length)]);
        }

        words.Add($"{random.Next(2020, 2027)}");
        return string.Join(' ', words);
    }

    public static string Properties(Random random) => $"Màu: {Colours[random.Next(Colours.Length)]}; Size: {Sizes[random.Next(Sizes.Length)]}";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Thanh", "Ngọc", "Quốc", "Gia"];

    private static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];

    public static string PersonName(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";

    public static string ShopName(int shop) => shop % 3 == 0 ? $"旗舰店 {shop}" : $"Cửa hàng {shop}";

    public static string ParcelDescription(Random random) => random.Next(3) switch
    {
        0 => "Quần áo",
        1 => $"Giày dép {Middle[random.Next(Middle.Length)]}",
        _ => $"Đồ gia dụng {Middle[random.Next(Middle.Length)]}",
    };
}
