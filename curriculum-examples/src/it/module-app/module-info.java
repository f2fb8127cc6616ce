/** An app on the module path: the model, the validator and Jackson come with the JSON module. */
module org.example.babyapp {
    requires dev.infantmassage.curriculum.json;
    requires dev.infantmassage.curriculum.render;
    requires dev.infantmassage.curriculum.jackson2;
}
