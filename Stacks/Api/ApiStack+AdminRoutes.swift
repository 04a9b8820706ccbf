import StackgenCatalogSupport

/// The bartender's routes behind `JWTAuthorizer` (the default authorizer): the order queue,
/// drinks, sections, registration codes and image uploads. Writes to drinks and sections
/// flush the stage cache; drink changes touch the images bucket and announce new drinks on
/// the event bus.
extension ApiStack {
    mutating func addAdminRoutes(_ context: Context) {
        let appSync: [String: Value<String>] = [
            "APPSYNC_EVENTS_HTTP_ENDPOINT": context.events.apiDNS.value, "APPSYNC_EVENTS_API_KEY": context.events.apiKey.value,
        ]
        let cache = Self.cacheEnvironment(context)
        let imagesBucket = context.hosting.imagesBucketName.value
        let images = cache.merging(["IMAGES_BUCKET": imagesBucket]) { a, _ in a }
        let cleanUpImages: [IAM.PolicyStatement] =
            [.allow(["s3:DeleteObject", "s3:ListBucket"], on: ["arn:aws:s3:::\(imagesBucket)", "arn:aws:s3:::\(imagesBucket)/*"])]
            + Self.cacheInvalidation

        let routes: [RouteFunction] = [
            .init(
                logicalID: "GetAllOrdersFunction", code: "src/getAllOrders/", description: "Get all orders for admin queue",
                database: .reader, event: "GetAllOrders", method: "GET", path: "/admin/orders", guarded: .jwt),
            .init(
                logicalID: "UpdateOrderStatusFunction", code: "src/updateOrderStatus/",
                description: "Admin endpoint to update order status", database: .writer, environment: appSync,
                event: "UpdateOrderStatus", method: "PUT", path: "/admin/orders/{id}", guarded: .jwt),
            .init(
                logicalID: "CreateDrinkFunction", code: "src/createDrink/", description: "Admin endpoint to create a new drink",
                database: .writer,
                environment: cache.merging(["DRINK_EVENT_BUS_NAME": context.eventBus.busName.value]) { a, _ in a },
                statements: Self.cacheInvalidation + [.allow(["events:PutEvents"], on: [context.eventBus.busArn.value])],
                event: "CreateDrink", method: "POST", path: "/admin/drinks", guarded: .jwt),
            .init(
                logicalID: "UpdateDrinkFunction", code: "src/updateDrink/",
                description: "Admin endpoint to update an existing drink", database: .writer, environment: images,
                statements: cleanUpImages, event: "UpdateDrink", method: "PUT", path: "/admin/drinks/{id}", guarded: .jwt),
            .init(
                logicalID: "DeleteDrinkFunction", code: "src/deleteDrink/",
                description: "Admin endpoint to delete a drink and its images", database: .writer, environment: images,
                statements: cleanUpImages, event: "DeleteDrink", method: "DELETE", path: "/admin/drinks/{id}", guarded: .jwt),
            .init(
                logicalID: "GetAllDrinksAdminFunction", code: "src/getAllDrinksAdmin/",
                description: "Admin endpoint to get all drinks with full details", database: .reader,
                event: "GetAllDrinksAdmin", method: "GET", path: "/admin/drinks", guarded: .jwt),
            // Same code as GetSectionsFunction, behind the admin authorizer.
            .init(
                logicalID: "AdminGetSectionsFunction", code: "src/getSections/", description: "Admin endpoint to get all sections",
                database: .reader, event: "GetAllSectionsAdmin", method: "GET", path: "/admin/sections", guarded: .jwt),
            .init(
                logicalID: "CreateSectionFunction", code: "src/createSection/",
                description: "Admin endpoint to create a new section", database: .writer, environment: cache,
                statements: Self.cacheInvalidation, event: "CreateSection", method: "POST", path: "/admin/sections",
                guarded: .jwt),
            .init(
                logicalID: "UpdateSectionFunction", code: "src/updateSection/",
                description: "Admin endpoint to update an existing section", database: .writer, environment: cache,
                statements: Self.cacheInvalidation, event: "UpdateSection", method: "PUT", path: "/admin/sections/{id}",
                guarded: .jwt),
            .init(
                logicalID: "DeleteSectionFunction", code: "src/deleteSection/", description: "Admin endpoint to delete a section",
                database: .writer, environment: cache, statements: Self.cacheInvalidation, event: "DeleteSection",
                method: "DELETE", path: "/admin/sections/{id}", guarded: .jwt),
            .init(
                logicalID: "CreateRegistrationCodeFunction", code: "src/createRegistrationCode/",
                description: "Admin endpoint to create registration codes for guest users", database: .writer,
                event: "CreateRegistrationCode", method: "POST", path: "/admin/registration-codes", guarded: .jwt),
            .init(
                logicalID: "GetRegistrationCodesFunction", code: "src/getRegistrationCodes/",
                description: "Admin endpoint to list registration codes", database: .reader, event: "GetRegistrationCodes",
                method: "GET", path: "/admin/registration-codes", guarded: .jwt),
            .init(
                logicalID: "DeleteRegistrationCodeFunction", code: "src/deleteRegistrationCode/",
                description: "Admin endpoint to delete a registration code", database: .writer,
                event: "DeleteRegistrationCode", method: "DELETE", path: "/admin/registration-codes/{code}", guarded: .jwt),
            .init(
                logicalID: "GeneratePresignedUrlFunction", code: "src/generatePresignedUrl/",
                description: "Generate presigned URL for image upload to S3", database: nil,
                environment: ["IMAGES_BUCKET": imagesBucket],
                statements: [.allow(["s3:PutObject"], on: ["\(context.hosting.imagesBucketArn.value)/*"])],
                event: "GenerateUploadUrl", method: "POST", path: "/admin/images/upload-url", guarded: .jwt),
        ]
        for route in routes { add(route, context) }
    }
}
