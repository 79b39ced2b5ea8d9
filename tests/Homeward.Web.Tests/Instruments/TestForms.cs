using System.Net.Http.Headers;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Small XLSForm workbooks for the instrument tests, each with a form id of its own so tests never collide.</summary>
public static class TestForms
{
    public static string NewFormId() => $"test_{Guid.NewGuid():N}"[..20];

    private static readonly string[] SurveyHeader = ["type", "name", "label", "label::French", "relevant", "required", "constraint", "constraint_message", "dimension", "weight", "composite_weight"];

    /// <summary>
    /// A scored instrument: economic (econ_satisfaction weight <paramref name="econWeight"/>, food_reduction weight 1),
    /// social (children_school, relevant only with children, and access_services, weight 1 each), every composite weight 1;
    /// household_size is a required whole number of at least 1.
    /// </summary>
    public static byte[] Scored(string formId, string version = "1", string econWeight = "2", string kind = "SustainabilityBaseline") => Xlsx.Workbook(
        Xlsx.Table("survey", SurveyHeader,
            ["select_one satisfaction", "econ_satisfaction", "Satisfied with your economic situation?", "Satisfait de votre situation économique ?", "", "yes", "", "", "economic", econWeight, "1"],
            ["select_one frequency", "food_reduction", "Reduced food because of cost?", "Réduit la nourriture à cause du coût ?", "", "", "", "", "economic", "1", "1"],
            ["select_one yes_no", "has_children", "Do you have children?", "Avez-vous des enfants ?"],
            ["select_one yes_no", "children_school", "Do they go to school?", "Vont-ils à l'école ?", "${has_children} = 'yes'", "", "", "", "social", "1", "1"],
            ["select_one yes_no", "access_services", "Can you reach services?", "Pouvez-vous accéder aux services ?", "", "", "", "", "social", "1", "1"],
            ["integer", "household_size", "People in the household", "Personnes dans le ménage", "", "yes", ". >= 1", "At least one person", "", "", ""]),
        Xlsx.Table("choices", ["list_name", "name", "label", "score"],
            ["satisfaction", "very_satisfied", "Very satisfied", "1"],
            ["satisfaction", "satisfied", "Satisfied", "0.75"],
            ["satisfaction", "neutral", "Neither", "0.5"],
            ["satisfaction", "dissatisfied", "Dissatisfied", "0.25"],
            ["frequency", "never", "Never", "1"],
            ["frequency", "sometimes", "Sometimes", "0.5"],
            ["frequency", "often", "Often", "0"],
            ["yes_no", "yes", "Yes", "1"],
            ["yes_no", "no", "No", "0"],
            ["yes_no", "dont_know", "Don't know", ""]),
        Xlsx.Table("settings", ["form_id", "version", "form_title", "homeward_kind", "weights_note"],
            [formId, version, "Test survey", kind, "Test weights"]));

    public static MultipartFormDataContent Upload(byte[] file, string fileName = "instrument.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }
}
