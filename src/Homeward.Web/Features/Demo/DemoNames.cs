namespace Homeward.Web.Features.Demo;

/// <summary>Names that fit the countries of return, with the spelling variants case managers meet.</summary>
public static class DemoNames
{
    public sealed record Naming(string[] Male, string[] Female, string[] Family);

    public static readonly Naming WestAfrica = new(
        ["Mamadou", "Moussa", "Ibrahima", "Ousmane", "Abdoulaye", "Cheikh", "Alioune", "Modou", "Lamine", "Souleymane",
         "Mohamed", "Amadou", "Boubacar", "Sékou", "Alpha", "Oumar", "Saliou", "Thierno", "Babacar", "Issa"],
        ["Aminata", "Fatou", "Awa", "Mariama", "Khady", "Ndèye", "Aïssatou", "Binta", "Kadiatou", "Fatoumata",
         "Hawa", "Oumou", "Coumba", "Adama", "Rokhaya", "Mame Diarra"],
        ["Diallo", "Ba", "Sow", "Diop", "Ndiaye", "Fall", "Sy", "Camara", "Keïta", "Barry", "Bah", "Condé",
         "Touré", "Cissé", "Sylla", "Kouyaté", "Traoré", "Baldé", "Gueye", "Faye", "Sarr", "Mbaye"]);

    public static readonly Naming Arabic = new(
        ["Ahmed", "Mohammed", "Ali", "Hussein", "Omar", "Karwan", "Dilshad", "Rebwar", "Hassan", "Mustafa",
         "Yousif", "Khalid", "Haider", "Sardar", "Bilal", "Saman"],
        ["Zainab", "Fatima", "Noor", "Shirin", "Avin", "Layla", "Maryam", "Huda", "Rana", "Sara", "Dilan", "Hana"],
        ["Al-Jabouri", "Hassan", "Abdullah", "Ibrahim", "Kareem", "Mahmoud", "Saleh", "Aziz", "Barzani", "Khalil",
         "Rashid", "Hamid", "Qasim", "Othman", "Salih", "Jaff"]);

    /// <summary>Other ways the same name is written: used to make realistic near-duplicates in large data sets.</summary>
    public static readonly Dictionary<string, string[]> Variants = new()
    {
        ["Mohamed"] = ["Muhammad", "Mouhamed", "Mohammed"],
        ["Mohammed"] = ["Muhammad", "Mohamed", "Mohamad"],
        ["Mamadou"] = ["Mamadu", "Mammadou"],
        ["Ousmane"] = ["Usman", "Ousman"],
        ["Diallo"] = ["Dialo", "Jallow"],
        ["Ibrahima"] = ["Ibrahim", "Brahima"],
        ["Hussein"] = ["Husain", "Hussain"],
        ["Abdoulaye"] = ["Abdullahi", "Abdulai"],
        ["Touré"] = ["Toure", "Turay"],
        ["Cissé"] = ["Cisse", "Sisay"],
        ["Ahmed"] = ["Ahmad", "Ahmet"],
        ["Yousif"] = ["Yusuf", "Youssef"],
    };

    public static Naming For(string naming) => naming == "arabic" ? Arabic : WestAfrica;
}
