# Pinpoint Transition — 한국어(ko).
# 번역 방법: docs/translating.md.

### 문제 메시지: API의 문제 및 이슈, CLI 보고서, 앱.


## Pinpoint 내보내기 파일(SPEC §2)

issue-export_too_large = 내보내기 파일의 크기가 { $actual }바이트입니다. 최대 { $limit }바이트까지 허용됩니다.
issue-export_not_json = 내보내기 파일이 올바른 JSON이 아닙니다({ $line }줄, { $column }열): { $reason }.
issue-export_format_unknown = 알 수 없는 내보내기 형식입니다: '{ $found }'. 필요한 형식: '{ $expected }'.
issue-export_field_missing = 필수 필드 '{ $field }'이(가) 없습니다.
issue-export_malformed = 이 값의 구조가 올바르지 않습니다: { $reason }.
issue-export_value_invalid = '{ $value }'은(는) 여기에 사용할 수 없는 값입니다. 필요한 값: { $expected }.
issue-duplicate_id = ID '{ $id }'은(는) { $first }에서 이미 사용되었습니다.
issue-dangling_reference = '{ $id }'에 해당하는 항목이 { $target }에 없습니다.

## 가져오기 요청

issue-list_too_long = 이 목록의 항목이 { $actual }개입니다. 최대 { $limit }개까지 허용됩니다.
issue-pinpoint_account_closed = 이 Pinpoint 계정은 폐쇄되었습니다. 이미 가져왔거나 사용 중지된 계정이므로 다시 가져올 수 없습니다. 예기치 않은 경우 지역 서비스 센터에 문의하십시오.
issue-selection_empty = 가져올 Pinpoint 비즈니스 프로필을 하나 이상 선택하십시오.
issue-selection_profile_unknown = Pinpoint 계정에 비즈니스 프로필 '{ $id }'이(가) 없습니다.
issue-selection_duplicate = Pinpoint 프로필 '{ $id }'이(가) 두 번 선택되었습니다.
issue-region_selected_twice = 비즈니스 프로필은 국가 또는 지역별로 하나만 만들 수 있습니다. { $region }이(가) 두 번 선택되었습니다.
issue-region_already_has_profile = { $region }에 대한 비즈니스 프로필이 이미 있습니다. 변경하려면 지역 서비스 센터에 문의하십시오.
issue-location_unknown = 이 프로필에 위치 '{ $id }'이(가) 없습니다.
issue-solution_source_unknown = '{ $id }'은(는) 이 비즈니스 프로필의 응용 프로그램 또는 서비스 프로필이 아닙니다.
issue-solution_chosen_twice = 솔루션 '{ $id }'이(가) 두 번 나열되었습니다.
issue-location_solution_unknown = 위치에서는 이 프로필의 솔루션만 마케팅할 수 있습니다. '{ $id }'은(는) 이 프로필의 솔루션이 아닙니다.
issue-acknowledgement_required = 고객 추천을 기록해 두었으며 가져오기를 하면 Pinpoint 계정이 폐쇄된다는 점을 확인하십시오.

## 비즈니스 프로필 규칙(SPEC §3)

issue-region_invalid = '{ $value }'은(는) ISO 3166-1 국가 또는 지역 코드가 아닙니다.
issue-name_empty = 이름을 입력하십시오.
issue-name_too_long = 이름이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-description_too_long = 설명이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-website_invalid = '{ $value }'은(는) 웹 주소가 아닙니다. https:// 또는 http://로 시작하는 전체 주소를 입력하십시오.
issue-linkedin_invalid = '{ $value }'은(는) LinkedIn 회사 페이지가 아닙니다. https://www.linkedin.com/company/your-company 형식으로 입력하십시오.
issue-logo_format_unsupported = 로고가 { $format } 파일입니다. 너비 { $limit }px 이하의 GIF, JPG 또는 PNG 파일로 대체 로고를 업로드하십시오.
issue-logo_too_wide = 로고 너비가 { $actual }px입니다. 최대 { $limit }px까지 허용됩니다. 너비 { $limit }px 이하의 GIF, JPG 또는 PNG 파일로 대체 로고를 업로드하십시오.
issue-logo_taller_than_wide = 로고의 높이({ $height }px)가 너비({ $width }px)보다 큽니다. 가로로 긴 로고가 더 잘 표시됩니다.
issue-logo_url_invalid = '{ $value }'은(는) 로고의 웹 주소로 사용할 수 없습니다.
issue-industry_unknown = '{ $value }'은(는) 카탈로그에 있는 업종이 아닙니다.
issue-industries_too_many = 업종이 { $actual }개 선택되었습니다. 최대 { $limit }개까지 선택할 수 있습니다.
issue-industry_dropped = '{ $value }'은(는) 카탈로그에 있는 업종이 아니므로 가져오지 않습니다.
issue-service_type_unknown = '{ $value }'은(는) 카탈로그에 있는 서비스 유형이 아닙니다.
issue-product_unknown = '{ $value }'은(는) 카탈로그에 있는 Microsoft 제품이 아닙니다.
issue-product_dropped = '{ $value }'은(는) Microsoft 제품이 아니므로 가져오지 않습니다.
issue-tag_empty = 태그는 비워 둘 수 없습니다.
issue-tag_too_long = 태그가 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-tags_too_many = 태그가 { $actual }개입니다. 최대 { $limit }개까지 추가할 수 있습니다.
issue-tag_duplicate = 태그 '{ $value }'이(가) 이미 있습니다(대/소문자 구분 안 함).
issue-target_sizes_empty = 고객 규모를 하나 이상 선택하십시오.
issue-target_size_unknown = '{ $value }'은(는) 고객 규모가 아닙니다. small(소규모), medium(중규모), large(대규모) 또는 enterprise(엔터프라이즈)를 사용하십시오.
issue-locations_empty = 비즈니스 프로필에는 위치가 하나 이상 있어야 합니다.
issue-locations_too_many = 위치가 { $actual }개입니다. 비즈니스 프로필에는 위치를 최대 { $limit }개까지 둘 수 있습니다. 일부를 제외하십시오.
issue-location_outside_region = 이 위치는 { $country }에 있어 프로필의 국가 또는 지역({ $region })을 벗어납니다.
issue-location_address_duplicate = 이 주소는 { $first } 위치의 주소와 같습니다.
issue-location_name_empty = 위치 이름을 입력하십시오.
issue-location_name_too_long = 위치 이름이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-address_incomplete = 주소에 필수 항목이 없습니다: { $field }.
issue-address_field_too_long = 이 주소 필드가 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-country_invalid = '{ $value }'은(는) ISO 3166-1 국가 코드가 아닙니다.
issue-email_invalid = '{ $value }'은(는) 전자 메일 주소가 아닙니다.
issue-phone_invalid = '{ $value }'은(는) 전화번호가 아닙니다.
issue-location_address_immutable = 주소는 변경할 수 없습니다. 위치를 삭제한 후 다시 추가하십시오.
issue-solution_name_empty = 솔루션 이름을 입력하십시오.
issue-solution_name_too_long = 솔루션 이름이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-solution_name_duplicate = 이 프로필에 이름이 '{ $value }'인 다른 솔루션이 이미 있습니다(대/소문자 구분 안 함).
issue-solution_summary_too_long = 요약이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-solution_description_too_long = 솔루션 설명이 { $actual }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
issue-solution_url_invalid = '{ $value }'은(는) 웹 주소가 아닙니다. https:// 또는 http://로 시작하는 전체 주소를 입력하십시오.
issue-solutions_import_only = 솔루션은 Pinpoint에서 가져오는 방법으로만 만들 수 있습니다. 가져온 솔루션은 계속 편집하거나 삭제할 수 있습니다.
issue-solution_not_found = 이 프로필에 솔루션 '{ $id }'이(가) 없습니다.
issue-csp_only = 클라우드 솔루션 공급자 프로그램에 등록된 파트너만 새 비즈니스 프로필을 만들 수 있습니다. 대신 Pinpoint에서 가져올 수 있습니다. 도움이 필요하면 지역 서비스 센터에 문의하십시오.

## HTTP 문제(API.md). 같은 카탈로그가 제목에도 사용됩니다

issue-validation_failed = 일부 값이 비즈니스 프로필 규칙에 맞지 않습니다.
issue-role_required = 현재 역할로는 읽기만 할 수 있습니다. 계정 관리자에게 요청하거나 지역 서비스 센터에 문의하십시오.
issue-idempotency_key_reused = 이 Idempotency-Key는 이미 다른 요청에 사용되었습니다.
issue-idempotency_key_missing = Idempotency-Key 헤더가 필요합니다.
issue-idempotency_key_in_progress = 이 Idempotency-Key를 사용한 요청이 아직 처리 중입니다. 잠시 후 다시 시도하십시오.
issue-profile_busy = 지금 다른 곳에서 이 비즈니스 프로필을 변경하고 있어 아무것도 변경되지 않았습니다. 잠시 후 다시 시도하십시오.
issue-malformed_request = 요청의 { $path } 부분 형식이 잘못되었습니다: { $reason }.
issue-payload_too_large = 요청 본문이 { $limit }바이트를 초과합니다.
issue-not_found = 찾을 수 없습니다.
issue-unauthorized = 다시 로그인하십시오. 세션이 없거나 만료되었습니다.
issue-method_not_allowed = 여기에서는 이 메서드를 사용할 수 없습니다.
issue-request_timeout = 서버가 응답하는 데 시간이 너무 오래 걸렸습니다. 다시 시도하십시오.
issue-request_body_timeout = 요청 본문이 너무 느리게 전송되어 아무것도 변경되지 않았습니다. 다시 시도하십시오.
issue-rate_limited = 짧은 시간에 변경 요청이 너무 많아 아무것도 변경되지 않았습니다. { $retry_after }초 후에 다시 시도하십시오.
issue-overloaded = 서비스 사용량이 많아 아무것도 변경되지 않았습니다. { $retry_after }초 후에 다시 시도하십시오.
issue-internal_error = 서비스에 문제가 발생하여 아무것도 변경되지 않았습니다. 다시 시도하십시오.
issue-storage_unavailable = 일시적으로 스토리지를 사용할 수 없어 아무것도 변경되지 않았습니다. 몇 초 후에 다시 시도하십시오.

### CLI와 앱에서 함께 사용하는 문구.

label-referrals_not_imported = 고객 추천 { $count }건: 가져오지 않습니다. 가져오기 전후에 다운로드하십시오
label-reviews_not_imported = 고객 리뷰 { $count }건: 기능이 제거되어 이전되지 않습니다
label-dropped_product = 제품 태그 '{ $value }'({ $profile }): Microsoft 제품이 아님
label-dropped_industry = 업종 '{ $value }'({ $profile }): 카탈로그에 없음
label-excluded_location = 위치 '{ $name }'({ $profile }): 제외됨
label-excluded_solution = 솔루션 '{ $name }'({ $profile }): 제외됨
label-unselected_solution = 솔루션 '{ $name }'({ $profile }): 해당 비즈니스 프로필을 가져오지 않음
label-unselected_profile = 비즈니스 프로필 '{ $name }'({ $profile }): 선택되지 않음
label-more_issues = 여기에 표시되지 않은 문제 { $count }개가 더 있습니다
label-address_line1 = 첫째 줄
label-address_line2 = 둘째 줄
label-address_city = 시/군/구
label-address_postal_code = 우편 번호
label-referral_new = 신규
label-referral_accepted = 수락됨
label-referral_declined = 거절됨
label-referral_won = 성사됨
label-referral_lost = 무산됨
label-referral_expired = 만료됨

### 운영자 CLI의 텍스트 보고서.

cli-account = { $company }(Pinpoint 계정 { $account }, 파트너 { $partner }): { $status }
cli-status_active = 활성
cli-status_closed = 폐쇄됨
cli-holdings = 비즈니스 프로필 { $profiles }개, 응용 프로그램 또는 서비스 프로필 { $solutions }개, 고객 추천 { $referrals }건, 고객 리뷰 { $reviews }건
cli-error = 오류
cli-warning = 경고
cli-no_issue = 문제가 없습니다.
cli-will_create = 만들 항목:
cli-profile_line = { $region } — { $name }: 위치 { $locations }개, 솔루션 { $solutions }개
cli-not_imported = 가져오지 않을 항목:
cli-verdict_can_import = 판정: 가져올 수 있습니다.
cli-verdict_blocked = 판정: 가져올 수 없습니다 — 수정해야 할 오류가 { $errors }개 있습니다.
cli-verdict_needs_acknowledgements = 판정: 오류는 없지만 두 가지 확인이 아직 필요합니다.
cli-export_refused = 내보내기 파일 { $file }이(가) 거부되었습니다:
cli-check_valid = 내보내기 파일이 모든 규칙을 준수합니다.
cli-check_invalid = 내보내기 파일이 규칙 { $errors }개를 위반합니다.

### 앱 및 위젯.


## 셸

app-product_name = 파트너 센터
app-app_name = Pinpoint Transition
app-breadcrumb = 이동 경로
app-dashboard = 대시보드
app-account_settings = 계정 설정
app-business_profile = 비즈니스 프로필
app-loading = 로드하는 중…
app-saving = 저장하는 중…
app-not_found_page = 이 페이지는 존재하지 않습니다.
app-back_to_profiles = 비즈니스 프로필로 돌아가기
app-signed_out = Pinpoint Transition을 사용하려면 파트너 포털을 통해 로그인하십시오. 이 페이지의 액세스 토큰은 포털에서 전달됩니다.
app-sign_in_failed = 로그인하지 못했습니다.
app-service_centre = 지역 서비스 센터에 문의
app-network_error = 서버에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하십시오. 입력한 내용은 손실되지 않았습니다.
app-unexpected_answer = 서버에서 예기치 않은 응답을 받았습니다({ $status }).
app-read_only_reason = 현재 역할은 읽기 전용입니다. 이 변경은 계정 또는 비즈니스 프로필 관리자가 할 수 있습니다.
app-read_only_notice = 현재 역할은 읽기 전용입니다. 가져오기와 편집을 하려면 관리자 역할(계정, 비즈니스 프로필, 전역 또는 추천 관리자)이 필요합니다.
app-none = 없음
app-optional = 선택 사항
app-characters = { $count }/{ $limit }자

## 데모

app-demo_banner = 데모 모드
app-demo_signed_in_as = 로그인한 사용자
app-demo_read_only = { $company } — 읽기 전용 사용자

## 대시보드 및 설정

app-welcome = { $company }님, 환영합니다
app-partner_id = 파트너 ID { $id }
app-csp_member = 클라우드 솔루션 공급자
app-dashboard_pinpoint_active = Pinpoint가 사용 중지되었습니다. 비즈니스 정보를 파트너 센터 비즈니스 프로필로 옮기십시오.
app-dashboard_pinpoint_closed = Pinpoint 계정이 폐쇄되었습니다. 파트너 센터에서 비즈니스 프로필을 관리하십시오.
app-dashboard_no_pinpoint = 가져올 Pinpoint 계정이 없습니다.
app-go_to_business_profile = 비즈니스 프로필로 이동
app-settings_intro = 고객에게 조직이 표시되는 방식을 관리합니다.
app-business_profile_card_text = 국가 또는 지역별 비즈니스 프로필과 해당 위치 및 솔루션을 관리합니다.

## 비즈니스 프로필: 탭

app-tab_profiles = 프로필
app-tab_referrals = 고객 추천
app-profiles_intro = 비즈니스 프로필은 국가 또는 지역별로 하나씩 만들 수 있습니다. 고객은 비즈니스 프로필을 통해 귀사를 찾습니다.
app-import_from_pinpoint = Pinpoint에서 가져오기
app-import_from_pinpoint_text = Pinpoint 비즈니스 프로필, 응용 프로그램 및 서비스를 파트너 센터로 복사합니다. 가져오기 전에 모든 내용을 검토할 수 있습니다.
app-create_profile = 새 비즈니스 프로필 만들기
app-create_profile_text = 클라우드 솔루션 공급자 파트너는 프로필을 처음부터 새로 만들 수도 있습니다.
app-pinpoint_closed_no_date = Pinpoint 계정이 폐쇄되었습니다.
app-see_import = 가져오기 결과 보기
app-no_profiles = 아직 비즈니스 프로필이 없습니다.
app-profile_summary = 위치 { $locations }개 · 솔루션 { $solutions }개
app-region = 국가 또는 지역
app-manage = 관리
app-referrals_intro = 고객 추천은 Microsoft가 Pinpoint를 통해 보내 드린 영업 리드입니다. 고객 추천은 가져오지 않으며, 가져오기 전후 언제든지 여기에서 다운로드할 수 있습니다.
app-download_csv = CSV 다운로드
app-download_json = JSON 다운로드
app-no_referrals = 고객 추천이 없습니다.
app-referral_customer = 고객
app-referral_need = 요구 사항
app-referral_status = 상태
app-referral_received = 받은 날짜
app-referral_value = 거래 금액
app-referral_contact = 담당자

## 마법사

app-wizard_title = Pinpoint에서 가져오기
app-wizard_steps = 가져오기 단계
app-step_of = { $total }단계 중 { $n }단계
app-step_account = Pinpoint 계정
app-step_choose = 프로필 선택
app-step_edit = 프로필 편집
app-step_solutions = 솔루션
app-step_locations = 위치
app-step_preview = 검토 및 가져오기
app-next = 다음
app-back = 뒤로
app-account_holds = Pinpoint 계정에 있는 항목:
app-business_profiles = 비즈니스 프로필
app-app_profiles = 응용 프로그램 프로필
app-service_profiles = 서비스 프로필
app-customer_referrals = 고객 추천
app-customer_reviews = 고객 리뷰
app-account_intro = 비즈니스 프로필은 파트너 센터 비즈니스 프로필(국가 또는 지역별로 하나)이 되고, 응용 프로그램 또는 서비스 프로필은 해당 비즈니스 프로필의 솔루션이 됩니다. 고객 추천과 고객 리뷰는 가져오지 않습니다.
app-account_closed_stop = 이 Pinpoint 계정은 폐쇄되어 다시 가져올 수 없습니다.
app-choose_intro = 복사할 Pinpoint 비즈니스 프로필을 선택하십시오. 비즈니스 프로필은 국가 또는 지역별로 하나씩 만들 수 있습니다.
app-import_this_profile = '{ $name }'({ $region }) 가져오기
app-profile_counts = 위치 { $locations }개, 응용 프로그램 또는 서비스 프로필 { $solutions }개
app-nothing_chosen = 계속하려면 프로필을 하나 이상 선택하십시오.
app-profile_picker = 프로필
app-edit_intro = 가져오기 전에 각 프로필을 편집하십시오. 입력하는 동안 파트너 센터 규칙이 검사됩니다.
app-solutions_intro = 응용 프로그램 또는 서비스 프로필은 비즈니스 프로필의 솔루션이 됩니다. 가져올 항목을 선택하고 편집하십시오.
app-locations_intro = 가져올 위치(1~{ $limit }개)와 각 위치에서 마케팅할 솔루션을 선택하십시오.
app-preview_intro = 수행될 작업을 확인하십시오. 가져오기를 실행하기 전에는 아무것도 변경되지 않습니다.
app-issues_heading = 파트너 센터 검사
app-issues_count = 오류 { $errors }개, 경고 { $warnings }개
app-no_issues = 발견된 문제가 없습니다.
app-go_to_field = 필드로 이동
app-error_prefix = 오류:
app-warning_prefix = 경고:
app-include_solution = '{ $name }' 가져오기
app-solution_app = 응용 프로그램
app-solution_service = 서비스
app-import_location = 위치 '{ $name }' 가져오기
app-markets_heading = 이 위치에서 마케팅할 솔루션
app-no_solutions_to_market = 이 프로필에서 가져오는 솔루션이 없습니다.
app-no_solutions = 이 프로필에는 응용 프로그램 또는 서비스 프로필이 없습니다.
app-will_be_created = 만들 항목
app-will_not_be_imported = 가져오지 않을 항목
app-was_not_imported = 가져오지 않은 항목
app-referrals = 고객 추천({ $count })
app-dropped_products = Microsoft 제품이 아닌 제품 태그
app-other_left_out = 기타 제외 항목
app-ack_referrals = 고객 추천을 기록하거나 다운로드했습니다.
app-ack_closure = 가져오기를 하면 Pinpoint 계정이 영구적으로 폐쇄된다는 것을 이해합니다.
app-closure_statement = 가져오기를 하면 Pinpoint 계정이 영구적으로 폐쇄되며, 다시 열거나 다시 가져올 수 없습니다. 위 항목은 모두 한 번에 만들어지며, 일부만 만들어지는 경우는 없습니다.
app-import_now = 가져오기 및 Pinpoint 계정 폐쇄
app-importing = 가져오는 중… 이 페이지를 열어 두십시오.
app-retry_import = 가져오기 다시 시도
app-import_refused = 가져오기가 거부되었습니다. 편집한 내용은 유지됩니다.
app-profile_of = 프로필 { $n }/{ $total }: { $name }
app-reviewed = 검토함
app-blocked_errors = 가져오려면 위에 표시된 오류 { $count }개를 수정하세요.
app-blocked_acks = 가져오려면 위의 확인 항목 두 개를 모두 선택하세요.
app-discard_title = 변경 내용을 취소할까요?
app-discard_text = 이 가져오기의 변경 내용이 사라집니다. 아무것도 가져오지 않으며 Pinpoint 계정은 폐쇄되지 않습니다.
app-discard = 변경 내용 취소
app-show_issues = 목록 표시
app-hide_issues = 목록 숨기기
app-solutions = 솔루션
app-locations = 위치
app-marketed_here = 마케팅하는 솔루션: { $list }

## 프로필 필드

app-field_name = 회사 이름
app-field_description = 설명
app-field_website = 웹 사이트
app-field_linkedin = LinkedIn 회사 페이지
app-field_logo = 로고
app-logo_none = 로고 없음
app-add_logo = 로고 추가
app-remove_logo = 로고 제거
app-field_industries = 업종
app-field_products = Microsoft 제품
app-field_service_types = 서비스 유형
app-field_tags = 솔루션, 기술 및 역량(태그)
app-tag_n = 태그 { $n }
app-tags_count = 태그 { $count }개(최대 { $limit }개)
app-add_tag = 태그 추가
app-remove_tag = 태그 { $n } 제거
app-field_target_sizes = 대상 고객 규모
app-field_endorsements = 고객이 이 프로필을 보증할 수 있도록 허용
app-section_info = 파트너 정보
app-section_expertise = 전문 분야
app-section_preferences = 기본 설정
app-field_solution_name = 솔루션 이름
app-field_summary = 요약
app-field_solution_description = 솔루션 설명
app-field_url = 웹 주소
app-field_location_name = 위치 이름
app-field_phone = 전화번호
app-field_email = 전자 메일
app-field_line1 = 주소(첫째 줄)
app-field_line2 = 주소(둘째 줄)
app-field_city = 시/군/구
app-field_postal_code = 우편 번호
app-field_country = 국가
app-field_region = 국가 또는 지역

## 프로필 페이지

app-profile_not_found = 이 비즈니스 프로필은 존재하지 않습니다.
app-save_changes = 변경 내용 저장
app-saved = 저장되었습니다.
app-deleting = 삭제하는 중…
app-reset_changes = 변경 내용 취소
app-address_immutable = 주소는 편집할 수 없습니다. 위치를 옮기려면 해당 위치를 삭제한 후 다시 추가하십시오.
app-locations_limit = 비즈니스 프로필에는 위치가 1~{ $limit }개 있어야 합니다(현재 { $count }개).
app-add_location = 위치 추가
app-new_location_n = 새 위치 { $n }
app-remove_new_location = 새 위치 { $n } 제거
app-correct_before_import = 가져오기 전에 이 위치를 수정하십시오. 가져온 후에는 주소를 변경할 수 없습니다.
app-delete_location_named = 위치 '{ $name }' 삭제
app-save_location_named = 위치 '{ $name }' 저장
app-delete_solution_named = 솔루션 '{ $name }' 삭제
app-cancel = 취소
app-delete_action = 삭제
app-delete_location_title = 위치 '{ $name }'을(를) 삭제하시겠습니까?
app-delete_location_text = 이 위치의 이름, 주소, 전화번호, 전자 메일 주소와 이 위치에서 마케팅하는 솔루션이 이 비즈니스 프로필에서 제거됩니다. 이 작업은 취소할 수 없습니다.
app-delete_solution_title = 솔루션 '{ $name }'을(를) 삭제하시겠습니까?
app-delete_solution_text = 이 솔루션이 이 비즈니스 프로필과 모든 위치에서 제거됩니다. 솔루션은 Pinpoint 가져오기를 통해서만 추가할 수 있으므로, 삭제한 솔루션은 다시 추가할 수 없습니다.
app-save_solutions = '{ $name }'의 솔루션 저장
app-no_solutions_left = 이 프로필에는 솔루션이 없습니다.
app-imported_from = Pinpoint 프로필 { $id }에서 가져옴

## 새 프로필

app-new_profile_title = 새 비즈니스 프로필 만들기
app-new_profile_intro = 새 프로필은 솔루션 없이 시작되며(솔루션은 Pinpoint 가져오기를 통해서만 추가됨), 위치가 하나 이상 있어야 합니다.
app-first_location = 첫 번째 위치
app-create_action = 프로필 만들기
app-creating = 만드는 중…
app-csp_only_notice = 클라우드 솔루션 공급자 파트너만 새 비즈니스 프로필을 만들 수 있습니다.

## 결과

app-results_title = 가져오기 완료
app-results_intro = { $date }에 가져왔습니다. 이제 Pinpoint 계정이 폐쇄되었습니다.
app-results_created = 만든 비즈니스 프로필
app-results_warnings = 참고 사항
app-import_id = 가져오기 { $id }
app-open_profile = '{ $name }' 열기

### 카탈로그 이름: 업종, 서비스 유형, 고객 규모.

industry-agriculture = 농업
industry-automotive = 자동차
industry-education = 교육
industry-energy = 에너지
industry-financial_services = 금융 서비스
industry-government = 정부 기관
industry-healthcare = 의료
industry-hospitality = 숙박 및 외식업
industry-manufacturing = 제조
industry-media = 미디어
industry-nonprofit = 비영리 단체
industry-professional_services = 전문 서비스
industry-retail = 소매
industry-telecommunications = 통신
industry-transportation = 운송
service-consulting = 컨설팅
service-deployment = 배포
service-development = 개발
service-implementation = 구현
service-integration = 통합
service-licensing = 라이선스
service-managed_services = 관리 서비스
service-migration = 마이그레이션
service-support = 지원
service-training = 교육
size-small = 소규모(직원 1~50명)
size-medium = 중규모(직원 51~1,000명)
size-large = 대규모(직원 1,001~10,000명)
size-enterprise = 엔터프라이즈(직원 10,000명 초과)

### 운영자 CLI의 기타 출력.

cli-error_line = 오류: { $error }
cli-ingested = 파일 { $files }개를 처리했습니다: 생성 { $created }개, 업데이트 { $updated }개, 건너뜀 { $closed }개(이미 가져옴), 건너뜀 { $conflicts }개(ID 충돌), 거부 { $refused }개.
cli-ingest_refused = { $file }: 거부됨, 아무것도 로드되지 않음:
cli-ingest_created = { $file }: 계정 { $account } 생성됨
cli-ingest_updated = { $file }: 계정 { $account } 업데이트됨
cli-ingest_skipped_closed = { $file }: 계정 { $account } 건너뜀: 이미 가져옴(폐쇄됨)
cli-ingest_skipped_conflict = { $file }: 계정 { $account } 건너뜀: 파트너 ID 또는 계정 ID가 다른 계정에 속해 있음
cli-backup_written = 백업을 { $path }에 저장했습니다({ $bytes }바이트).
cli-no_account = 오류: 파트너 { $partner }의 Pinpoint 계정이 없습니다
cli-stored_export_unparsable = 오류: 저장된 내보내기 파일을 구문 분석할 수 없습니다: { $error }

### 고객 추천 다운로드(CSV 열 머리글).

referrals-id = 추천 ID
referrals-business_profile_id = 비즈니스 프로필 ID
referrals-customer_name = 고객
referrals-contact_name = 담당자 이름
referrals-contact_email = 담당자 전자 메일
referrals-contact_phone = 담당자 전화번호
referrals-need = 요구 사항
referrals-status = 상태
referrals-received_on = 받은 날짜
referrals-deal_amount = 거래 금액
referrals-deal_currency = 통화

### 언어 전환 및 국가 또는 지역 목록.

app-language = 언어
app-region_search = 국가 또는 지역 검색
app-region_none = '{ $text }'와(과) 일치하는 국가 또는 지역이 없습니다.

## Results and embedding (issue 22)

app-results_success = Pinpoint 계정에서 비즈니스 프로필 { $count }개를 만들었습니다.
app-results_locations = 위치 { $count }개
app-results_solutions = 솔루션 { $count }개
app-results_next_title = 다음 단계
app-results_search_delay = 파트너 센터 검색에 새 비즈니스 프로필이 표시되기까지 최대 24시간이 걸릴 수 있습니다. 그 전에는 고객이 프로필을 찾지 못할 수 있습니다. 관리는 지금 바로 여기에서 할 수 있습니다.
app-results_referrals_text = 고객 추천 { $count }건은 가져오지 않았으며 Pinpoint 계정에 남아 있습니다. 사본을 보관하려면 다운로드하십시오.
app-support_import_id = 가져오기 ID(지원용)
app-copy_action = 복사
app-copy_done = 가져오기 ID를 복사했습니다.
app-copy_refused = 브라우저에서 복사를 허용하지 않았습니다. 가져오기 ID가 선택되어 있으니 Ctrl+C(Mac에서는 ⌘+C)를 눌러 복사하십시오.
app-profiles_closed = Pinpoint 계정이 폐쇄되어 가져올 항목이 없습니다.
app-profiles_imported = Pinpoint 계정을 아래 비즈니스 프로필로 가져왔으며, 이제 계정이 폐쇄되었습니다.
app-read_only_preview = 역할에 읽기 권한만 있습니다. 가져오기 미리 보기는 볼 수 있지만 가져올 수는 없습니다.
app-preview_import = 미리 보기 열기
## Lists (issue 22)

app-list_details = 세부 정보
app-list_errors = 오류 { $count }개
app-list_solutions = 솔루션: { $solutions }
app-list_left_out = 가져오지 않음
app-multi_remove = { $value } 제거
app-multi_added = { $value } 추가됨
app-multi_removed = { $value } 제거됨
app-multi_none = '{ $text }'와(과) 일치하는 항목이 없습니다.
app-multi_search = 입력하여 검색
app-multi_hint = 입력하면 목록이 필터링됩니다. 화살표 키로 항목을 선택하고 Enter 키로 추가합니다. 빈 필드에서 Backspace 키를 누르면 마지막 항목이 제거됩니다.
## Logo (issue 22)

issue-logo_unreadable = 이 파일은 읽을 수 있는 이미지가 아닙니다. 너비 { $limit }px 이하의 GIF, JPG 또는 PNG 파일을 업로드하십시오.
issue-logo_upload_unknown = 업로드된 로고 '{ $id }'은(는) 사용자의 로고가 아닙니다. 로고를 다시 업로드하십시오.
issue-logo_uploads_full = 이미 업로드된 로고가 { $limit }개 있으며 모두 비즈니스 프로필에서 사용 중입니다. 아무것도 업로드되지 않았습니다.
app-logo_replace = 로고 바꾸기
app-logo_choose = 너비 300px 이하의 GIF, JPG 또는 PNG 이미지를 선택하십시오
app-logo_uploading = 로고를 업로드하는 중…
app-logo_facts = { $format }, { $width } × { $height }px
app-logo_unavailable = { $url }의 로고는 여기에 표시할 수 없습니다. 형식과 크기는 Pinpoint 내보내기에서 가져온 정보입니다.
app-logo_alt = 로고

## Issue 23 — receipt

receipt-title = 가져오기 영수증
receipt-partner = 파트너
receipt-account = Pinpoint 계정
receipt-import_id = 가져오기 ID
receipt-imported_at = 가져온 날짜(UTC)
receipt-prepared_by = 준비한 사람
receipt-approved_by = 승인한 사람
receipt-no_approval = 두 번째 관리자의 승인을 요청하지 않았습니다.
receipt-plan_digest = 검토한 계획의 다이제스트
receipt-no_plan_digest = 이 가져오기는 계획에 다이제스트가 포함되기 전에 수행되었습니다.
receipt-created = 만든 비즈니스 프로필
receipt-locations = 위치
receipt-solutions = 솔루션
receipt-not_imported = 가져오지 않은 항목
receipt-sha256 = 이 영수증의 SHA-256
receipt-how_to_check = 이 값은 영수증 JSON(GET /api/v1/imports/{ $id }/receipt)을 정규 형식(키 정렬, 공백 없음)으로 만든 것의 SHA-256입니다. 다시 계산하여 이 페이지와 일치하는지 확인하세요.
receipt-print = 인쇄
app-receipt_intro = 이 영수증을 보관하세요. 옮긴 내용, 준비한 사람, 가져오지 않은 항목이 기록되어 있습니다. SHA-256으로 영수증을 식별할 수 있습니다.
app-receipt_download_page = 인쇄용 영수증 다운로드(HTML)
app-receipt_download_json = 영수증 다운로드(JSON)
app-receipt_preparing = 영수증을 준비하는 중…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = { $person }(으)로 로그인함
## Issue 23 — plan digest

issue-plan_changed = 미리 보기를 검토한 후 가져올 내용이 변경되었습니다(최신 Pinpoint 내보내기, 비즈니스 프로필 또는 가져오기 규칙). 아무것도 가져오지 않았습니다. 새 미리 보기를 검토한 다음 가져오십시오.
issue-plan_digest_required = 검토한 미리 보기의 계획 다이제스트를 If-Match로 보내십시오. 미리 보기를 연 다음 가져오십시오.
app-digest_checking = 가져올 내용을 확인하는 중…
app-digest_blocked = 가져올 내용이 확인되면 가져오기를 사용할 수 있습니다.
app-digest_failed = 가져올 내용을 확인할 수 없습니다.
app-drift_title = 검토한 후 가져올 내용이 변경되었습니다
app-drift_intro = 아무것도 가져오지 않았습니다. 미리 보기의 변경 내용은 다음과 같습니다.
app-drift_none = 미리 보기는 같아 보이지만 검토한 후 비즈니스 프로필 또는 가져오기 규칙이 변경되었습니다.
app-drift_review = 다시 검토
app-drift_added = { $name }({ $region })이(가) 이제 만들어집니다.
app-drift_removed = { $name }({ $region })은(는) 더 이상 만들어지지 않습니다.
app-drift_details = { $name }: 세부 정보가 변경되었습니다.
app-drift_solutions = { $name }의 솔루션: 이전 { $before }, 현재 { $after }.
app-drift_locations = { $name }의 위치: 이전 { $before }, 현재 { $after }.
app-drift_not_imported = 가져오지 않을 내용이 변경되었습니다.
app-drift_errors = 이제 미리 보기에 가져오기 전에 수정해야 할 오류가 있습니다.
## Issue 23 — drafts

issue-draft_changed = 이 초안은 그동안 다른 탭이나 다른 디바이스에서 저장되었습니다. 최신 초안을 불러오거나, 확인한 후 내 초안으로 덮어써서 저장하십시오.
app-draft_saved_at = { $time }에 저장됨
app-draft_saving = 저장하는 중…
app-draft_not_saved = 저장되지 않았습니다.
app-draft_retry = 다시 시도
app-draft_waiting = 아직 저장되지 않았습니다. 짧은 시간에 저장이 너무 많습니다. { $seconds }초 후에 다시 저장합니다.
app-draft_conflict_title = 이 초안이 다른 곳에서 변경되었습니다
app-draft_conflict_text = { $name }이(가) { $time }에 다른 탭이나 다른 디바이스에서 이 초안을 저장했습니다.
app-draft_load_newer = 최신 초안 불러오기
app-draft_keep_mine = 내 초안 유지
app-draft_for_old_export = 저장된 초안은 Pinpoint 내보내기의 이전 버전을 기준으로 작성되어 제외되었습니다. 가져오기는 현재 내보내기에서 다시 시작됩니다.
## Issue 23 — a second admin's approval

issue-approval_required = 가져오기에는 두 번째 관리자가 필요합니다. 이 가져오기를 승인 요청으로 제출하면 계정의 다른 관리자가 승인합니다.
issue-approval_self = 이 가져오기는 본인이 제출했으므로 계정의 다른 관리자가 승인하거나 반려합니다. 제출을 철회할 수 있습니다.
issue-approval_not_submitter = 이 가져오기를 제출한 관리자만 철회할 수 있습니다. 승인하거나 의견과 함께 반려할 수 있습니다.
issue-draft_submitted = 이 가져오기는 두 번째 관리자의 승인을 기다리고 있어 지금은 변경할 수 없습니다. 제출한 관리자는 철회할 수 있습니다.
issue-not_submitted = 승인을 기다리는 가져오기가 없습니다. 그동안 승인, 반려 또는 철회되었습니다.
issue-submission_changed = 이 가져오기를 제출한 후 가져올 내용이 변경되었습니다(최신 Pinpoint 내보내기, 비즈니스 프로필 또는 가져오기 규칙). 아무것도 가져오지 않았습니다. 다시 검토하고 제출하도록 반려하십시오.
issue-settings_role_required = 계정 관리자 또는 전역 관리자만 이 설정을 변경할 수 있습니다.
issue-comment_empty = 가져오기를 제출한 관리자에게 전할 의견을 입력하십시오.
issue-comment_too_long = 의견은 최대 { $max }자까지 입력할 수 있습니다.
issue-comment_invalid = 의견에 저장할 수 없는 제어 문자가 있습니다. 제거하십시오.
issue-text_control_character = 이 필드에는 NUL 같은 제어 문자를 넣을 수 없습니다. 제거하십시오.
issue-unsupported_media_type = 요청 본문은 Content-Type: application/json 헤더와 함께 보낸 JSON이어야 합니다.

app-submit_for_approval = 승인 요청 제출
app-submitting = 제출하는 중… 이 페이지를 열어 두십시오.
app-approval_note = 계정의 다른 관리자가 이 가져오기를 검토하고 승인합니다. 그때까지는 아무것도 가져오지 않습니다.
app-submission_title = 가져오기가 승인을 기다리고 있습니다
app-submission_own_title = 두 번째 관리자의 승인 대기 중
app-submitted_by = { $name }님이 { $date } { $time }에 이 가져오기를 제출했습니다.
app-submission_own_note = 계정의 다른 관리자가 승인하거나 반려합니다. 그때까지는 변경할 수 없지만 철회할 수는 있습니다.
app-submission_other_note = 현재의 Pinpoint 내보내기와 비즈니스 프로필로 다시 확인한, 가져올 내용입니다. 승인하여 가져오거나 의견과 함께 반려하십시오.
app-withdraw = 철회
app-approve = 승인 및 가져오기
app-approve_title = 승인하고 가져오시겠습니까?
app-approve_text = 가져오기가 지금 실행됩니다. 준비: { $name }, 승인: 본인. 그 후 Pinpoint 계정은 사용 중지되며 이 작업은 취소할 수 없습니다.
app-return_title = 의견과 함께 반려
app-return_comment = { $name }님에게 전할 의견
app-return_button = 반려
app-returned_by = { $name }님이 { $date } { $time }에 다음 의견과 함께 이 가져오기를 반려했습니다.
app-returned_next = 변경한 다음 다시 승인 요청으로 제출하십시오.
app-working = 보내는 중…
app-preview_intro_approval = 수행될 작업을 확인하십시오. 가져오기를 제출하고 계정의 다른 관리자가 승인하기 전에는 아무것도 변경되지 않습니다.
app-results_approval = 준비: { $prepared }, 승인: { $approved }.
app-approval_setting_title = Pinpoint에서 가져오기
app-approval_setting_label = 가져오기에 두 번째 관리자 필요
app-approval_setting_help = 한 관리자가 가져오기를 준비하여 제출하고, 계정의 다른 관리자가 승인해야 가져옵니다.
app-approval_setting_locked = 계정 관리자 또는 전역 관리자만 이 설정을 변경할 수 있습니다.
