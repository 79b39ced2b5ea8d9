namespace Homeward.Web.Features.Demo;

/// <summary>Countries of return with regions, districts and communities, and where their returnees came back from.</summary>
public static class DemoPlaces
{
    public sealed record Country(string Code, string Name, string Naming, string[] HostCountries, Region[] Regions);
    public sealed record Region(string Name, District[] Districts);
    public sealed record District(string Name, string[] Communities);

    public static readonly Country[] Countries =
    [
        new("SN", "Senegal", "westafrica", ["Libya", "Niger", "Morocco", "Mauritania", "Italy", "Spain"],
        [
            new("Dakar", [new("Pikine", ["Thiaroye", "Guinaw Rails"]), new("Rufisque", ["Bargny", "Sangalkam"])]),
            new("Kolda", [new("Kolda", ["Saré Yoba", "Dioulacolon"]), new("Vélingara", ["Kounkané"])]),
            new("Tambacounda", [new("Tambacounda", ["Missirah"]), new("Bakel", ["Kidira", "Diawara"])]),
        ]),
        new("GN", "Guinea", "westafrica", ["Libya", "Niger", "Algeria", "Mali", "Italy"],
        [
            new("Conakry", [new("Ratoma", ["Koloma", "Kipé"]), new("Matoto", ["Enta"])]),
            new("Kankan", [new("Kankan", ["Kabada"]), new("Siguiri", ["Kintinian", "Doko"])]),
            new("Labé", [new("Labé", ["Daka"]), new("Mali", ["Yimbéring"])]),
        ]),
        new("IQ", "Iraq", "arabic", ["Germany", "Türkiye", "Belarus", "Greece", "Sweden", "Netherlands"],
        [
            new("Erbil", [new("Erbil", ["Ankawa", "Bahirka"]), new("Shaqlawa", ["Harir"])]),
            new("Nineveh", [new("Mosul", ["Al-Zuhour", "Al-Muthanna"]), new("Sinjar", ["Sinuni"])]),
            new("Duhok", [new("Zakho", ["Darkar"]), new("Duhok", ["Malta"])]),
        ]),
    ];
}
