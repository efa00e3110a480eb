//! Every route of the API, registered together with its OpenAPI description so that the two
//! cannot drift apart.

mod account;
mod breach;
mod cases;
mod catalogue;
mod forms;
mod history;
mod log_events;
mod orgs;
mod registers;
mod subjects;
mod system;
mod vault;

use std::collections::BTreeMap;

use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// The error responses every authenticated route may give, as problem documents.
pub(crate) struct Problems;

impl utoipa::IntoResponses for Problems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
        problem_responses(&[
            (
                "400",
                "Yêu cầu không đọc được: malformed JSON, invalid UTF-8 or a malformed identifier",
            ),
            ("401", "Chưa xác thực: no valid token or session cookie"),
            (
                "403",
                "Không có quyền: the caller's roles do not permit this action",
            ),
            (
                "404",
                "Không tìm thấy: no such record, or it belongs to an organisation the caller cannot see",
            ),
            (
                "409",
                "Xung đột: the change conflicts with the registry (duplicate, still in use)",
            ),
            ("413", "Quá lớn: the body exceeds 256 KiB"),
            (
                "415",
                "Sai kiểu nội dung: the body must be application/json",
            ),
            (
                "422",
                "Không hợp lệ: wrong types, unknown fields or values that break a rule",
            ),
            (
                "429",
                "Quá nhiều lần đăng nhập sai: retry after the Retry-After seconds (login only)",
            ),
        ])
    }
}

/// Responses by status code, each a problem document with its description.
pub(crate) fn problem_responses(
    codes: &[(&str, &str)],
) -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
    codes
        .iter()
        .map(|(code, desc)| {
            let response = ResponseBuilder::new()
                .description(*desc)
                .content(
                    "application/problem+json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build();
            ((*code).to_owned(), RefOr::T(response))
        })
        .collect()
}

/// What the route annotations cannot say, added once every route is in: one path per form
/// for checking and rendering, and the role codes of the `role` path parameter.
fn finish(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::ParameterIn;
    forms::per_form_paths(doc);
    registers::per_register_paths(doc);
    for item in doc.paths.paths.values_mut() {
        let ops = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
        ];
        for op in ops.into_iter().flatten() {
            for p in op.parameters.iter_mut().flatten() {
                if p.name == "role" && matches!(p.parameter_in, ParameterIn::Path) {
                    p.schema = Some(RefOr::T(crate::schema::raw(crate::schema::code::<
                        khien_domain::Role,
                    >(
                        "A role code."
                    ))));
                }
            }
        }
    }
}

/// All routes.
pub(crate) fn routes(doc: utoipa::openapi::OpenApi) -> OpenApiRouter<AppState> {
    let mut router = OpenApiRouter::with_openapi(doc)
        .routes(routes!(system::healthz))
        .routes(routes!(system::metrics))
        .routes(routes!(system::openapi_json))
        .routes(routes!(account::login))
        .routes(routes!(account::logout))
        .routes(routes!(account::me))
        .routes(routes!(account::change_password))
        .routes(routes!(account::list_tokens, account::create_token))
        .routes(routes!(account::revoke_token))
        .routes(routes!(orgs::list_orgs))
        .routes(routes!(orgs::get_org, orgs::update_org))
        .routes(routes!(orgs::list_designations, orgs::record_designation))
        .routes(routes!(orgs::list_members))
        .routes(routes!(orgs::list_invitations, orgs::invite_member))
        .routes(routes!(account::accept_invitation))
        .routes(routes!(orgs::grant_role, orgs::revoke_role))
        .routes(routes!(vault::store_record))
        .routes(routes!(vault::read_record))
        .routes(routes!(vault::destroy_subject))
        .routes(routes!(vault::expire))
        .routes(routes!(vault::list_collections, vault::declare_collection))
        .routes(routes!(vault::signing_certificate))
        .routes(routes!(vault::create_package))
        .routes(routes!(catalogue::list_assets, catalogue::create_asset))
        .routes(routes!(
            catalogue::get_asset,
            catalogue::update_asset,
            catalogue::delete_asset
        ))
        .routes(routes!(
            catalogue::list_activities,
            catalogue::create_activity
        ))
        .routes(routes!(log_events::append_events))
        .routes(routes!(history::access_history))
        .routes(routes!(forms::list_forms))
        .routes(routes!(forms::form_schema))
        .routes(routes!(forms::check_form))
        .routes(routes!(forms::render_form))
        .routes(routes!(cases::list_cases, cases::open_case))
        .routes(routes!(cases::get_case))
        .routes(routes!(cases::record_event))
        .routes(routes!(cases::apply_transition))
        .routes(routes!(cases::due))
        .routes(routes!(registers::get_profile, registers::put_profile))
        .routes(routes!(registers::applicability))
        .routes(routes!(registers::list_registers))
        .routes(routes!(registers::list_entries, registers::add_entry))
        .routes(routes!(
            registers::get_entry,
            registers::update_entry,
            registers::delete_entry
        ))
        .routes(routes!(breach::get_facts, breach::put_facts))
        .routes(routes!(breach::list_notices, breach::notify))
        .routes(routes!(breach::minutes))
        .routes(routes!(subjects::list_consents, subjects::record_consent))
        .routes(routes!(subjects::withdraw_consent))
        .routes(routes!(subjects::consent_evidence))
        .routes(routes!(subjects::submit_request))
        .routes(routes!(subjects::request_status))
        .routes(routes!(subjects::verify_request))
        .routes(routes!(subjects::list_requests))
        .routes(routes!(subjects::get_request))
        .routes(routes!(subjects::verify_in_person))
        .routes(routes!(subjects::decide_request))
        .routes(routes!(
            catalogue::get_activity,
            catalogue::update_activity,
            catalogue::delete_activity
        ));
    finish(router.get_openapi_mut());
    router
}
