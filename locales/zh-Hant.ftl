# Pinpoint Transition — 繁體中文 (zh-Hant)。參考語言為英文 (en)：
# 本檔案的訊息及變數與其完全一致。
# 翻譯方式：docs/translating.md。

### 問題訊息：API 傳回的問題、CLI 的報告，以及應用程式中的提示。


## Pinpoint 匯出檔案（SPEC §2）

issue-export_too_large = 匯出檔案大小為 { $actual } 位元組，上限為 { $limit } 位元組。
issue-export_not_json = 匯出檔案不是有效的 JSON（第 { $line } 行，第 { $column } 欄）：{ $reason }。
issue-export_format_unknown = 未知的匯出格式「{ $found }」，應為「{ $expected }」。
issue-export_field_missing = 缺少必要欄位「{ $field }」。
issue-export_malformed = 此值的結構不正確：{ $reason }。
issue-export_value_invalid = 「{ $value }」在此處無效，應為 { $expected }。
issue-duplicate_id = 識別碼「{ $id }」已在 { $first } 使用。
issue-dangling_reference = 「{ $id }」在 { $target } 中找不到對應的項目。

## 匯入要求

issue-list_too_long = 此清單有 { $actual } 個項目，上限為 { $limit } 個。
issue-pinpoint_account_closed = 此 Pinpoint 帳戶已關閉：帳戶已匯入或已停用，無法再次匯入。如果這不符合預期，請連絡您的地區服務中心。
issue-selection_empty = 請至少選取一個要匯入的 Pinpoint 商務設定檔。
issue-selection_profile_unknown = 您的 Pinpoint 帳戶中沒有商務設定檔「{ $id }」。
issue-selection_duplicate = Pinpoint 設定檔「{ $id }」被選取了兩次。
issue-region_selected_twice = 每個國家/地區只能有一個商務設定檔：{ $region } 被選取了兩次。
issue-region_already_has_profile = 您已有 { $region } 的商務設定檔。若要變更，請連絡您的地區服務中心。
issue-location_unknown = 此設定檔中沒有位置「{ $id }」。
issue-solution_source_unknown = 「{ $id }」不是此商務設定檔的應用程式或服務設定檔。
issue-solution_chosen_twice = 解決方案「{ $id }」出現了兩次。
issue-location_solution_unknown = 位置只能行銷此設定檔本身的解決方案，「{ $id }」不在其中。
issue-acknowledgement_required = 請確認您已記下客戶轉介，並了解匯入後您的 Pinpoint 帳戶將會關閉。

## 商務設定檔規則（SPEC §3）

issue-region_invalid = 「{ $value }」不是 ISO 3166-1 國家/地區代碼。
issue-name_empty = 請輸入名稱。
issue-name_too_long = 名稱有 { $actual } 個字元，上限為 { $limit } 個。
issue-description_too_long = 描述有 { $actual } 個字元，上限為 { $limit } 個。
issue-website_invalid = 「{ $value }」不是網址：請輸入以 https:// 或 http:// 開頭的完整網址。
issue-linkedin_invalid = 「{ $value }」不是 LinkedIn 公司專頁：請使用 https://www.linkedin.com/company/your-company 格式的網址。
issue-logo_format_unsupported = 標誌是 { $format } 檔案，請上傳寬度不超過 { $limit } 像素的 GIF、JPG 或 PNG 格式替換標誌。
issue-logo_too_wide = 標誌寬度為 { $actual } 像素，上限為 { $limit } 像素。請上傳寬度不超過 { $limit } 像素的 GIF、JPG 或 PNG 格式替換標誌。
issue-logo_taller_than_wide = 標誌的高度（{ $height } 像素）大於寬度（{ $width } 像素）：橫向標誌的顯示效果較好。
issue-logo_url_invalid = 「{ $value }」不是有效的標誌網址。
issue-industry_unknown = 「{ $value }」不在產業目錄中。
issue-industries_too_many = 已選取 { $actual } 個產業，上限為 { $limit } 個。
issue-industry_dropped = 「{ $value }」不在產業目錄中，因此不會匯入。
issue-service_type_unknown = 「{ $value }」不在服務類型目錄中。
issue-product_unknown = 「{ $value }」不在 Microsoft 產品目錄中。
issue-product_dropped = 「{ $value }」不是 Microsoft 產品，因此不會匯入。
issue-tag_empty = 標籤不得為空白。
issue-tag_too_long = 標籤有 { $actual } 個字元，上限為 { $limit } 個。
issue-tags_too_many = 共有 { $actual } 個標籤，上限為 { $limit } 個。
issue-tag_duplicate = 標籤「{ $value }」已存在（不區分大小寫）。
issue-target_sizes_empty = 請至少選擇一種客戶規模。
issue-target_size_unknown = 「{ $value }」不是有效的客戶規模：請使用 small（小型）、medium（中型）、large（大型）或 enterprise（企業級）。
issue-locations_empty = 商務設定檔至少需要一個位置。
issue-locations_too_many = 共有 { $actual } 個位置，但一個商務設定檔最多只能有 { $limit } 個。請排除部分位置。
issue-location_outside_region = 此位置位於 { $country }，不在此設定檔的國家/地區 { $region } 內。
issue-location_address_duplicate = 此地址與 { $first } 的位置地址相同。
issue-location_name_empty = 請輸入位置名稱。
issue-location_name_too_long = 位置名稱有 { $actual } 個字元，上限為 { $limit } 個。
issue-address_incomplete = 地址缺少{ $field }。
issue-address_field_too_long = 此地址欄位有 { $actual } 個字元，上限為 { $limit } 個。
issue-country_invalid = 「{ $value }」不是 ISO 3166-1 國家代碼。
issue-email_invalid = 「{ $value }」不是有效的電子郵件地址。
issue-phone_invalid = 「{ $value }」不是有效的電話號碼。
issue-location_address_immutable = 地址無法變更：請刪除此位置，然後重新新增。
issue-solution_name_empty = 請輸入解決方案名稱。
issue-solution_name_too_long = 解決方案名稱有 { $actual } 個字元，上限為 { $limit } 個。
issue-solution_name_duplicate = 此設定檔中已有另一個名為「{ $value }」的解決方案（不區分大小寫）。
issue-solution_summary_too_long = 摘要有 { $actual } 個字元，上限為 { $limit } 個。
issue-solution_description_too_long = 解決方案描述有 { $actual } 個字元，上限為 { $limit } 個。
issue-solution_url_invalid = 「{ $value }」不是網址：請輸入以 https:// 或 http:// 開頭的完整網址。
issue-solutions_import_only = 解決方案只能透過從 Pinpoint 匯入來建立。已匯入的解決方案仍可編輯或刪除。
issue-solution_not_found = 此設定檔中沒有解決方案「{ $id }」。
issue-csp_only = 只有加入雲端解決方案提供者計畫的合作夥伴才能建立新的商務設定檔；您可以改為從 Pinpoint 匯入。如需協助，請連絡您的地區服務中心。

## HTTP 問題（API.md）；標題取自同一目錄

issue-validation_failed = 部分值不符合商務設定檔規則。
issue-role_required = 您的角色只有讀取權限。請洽詢帳戶系統管理員，或連絡您的地區服務中心。
issue-idempotency_key_reused = 此 Idempotency-Key 已用於其他要求。
issue-idempotency_key_missing = 必須提供 Idempotency-Key 標頭。
issue-idempotency_key_in_progress = 使用此 Idempotency-Key 的要求仍在處理中，請稍後再試。
issue-profile_busy = 此商務設定檔目前正在其他地方修改，本次未進行任何變更。請稍後再試。
issue-malformed_request = 要求在 { $path } 的格式錯誤：{ $reason }。
issue-payload_too_large = 要求本文超過 { $limit } 位元組。
issue-not_found = 找不到。
issue-unauthorized = 請重新登入：工作階段不存在或已過期。
issue-method_not_allowed = 此處不允許使用此方法。
issue-request_timeout = 伺服器回應逾時，請再試一次。
issue-request_body_timeout = 要求本文傳送太慢，未進行任何變更。請再試一次。
issue-rate_limited = 短時間內變更次數過多，未進行任何變更。請在 { $retry_after } 秒後再試一次。
issue-overloaded = 服務忙碌中，未進行任何變更。請在 { $retry_after } 秒後再試一次。
issue-internal_error = 服務發生內部錯誤，未進行任何變更。請再試一次。
issue-storage_unavailable = 儲存體暫時無法使用，未進行任何變更。請在幾秒後再試一次。

### CLI 與應用程式共用的字詞。

label-referrals_not_imported = { $count } 筆客戶轉介：不會匯入，請在匯入前後下載
label-reviews_not_imported = { $count } 則客戶評論：不會移轉，此功能已移除
label-dropped_product = 產品標籤「{ $value }」（{ $profile }）：不是 Microsoft 產品
label-dropped_industry = 產業「{ $value }」（{ $profile }）：不在目錄中
label-excluded_location = 位置「{ $name }」（{ $profile }）：已排除
label-excluded_solution = 解決方案「{ $name }」（{ $profile }）：已排除
label-unselected_solution = 解決方案「{ $name }」（{ $profile }）：所屬商務設定檔未匯入
label-unselected_profile = 商務設定檔「{ $name }」（{ $profile }）：未選取
label-more_issues = 另有 { $count } 個問題未在此列出
label-address_line1 = 第一行
label-address_line2 = 第二行
label-address_city = 城市
label-address_postal_code = 郵遞區號
label-referral_new = 新
label-referral_accepted = 已接受
label-referral_declined = 已拒絕
label-referral_won = 已成交
label-referral_lost = 未成交
label-referral_expired = 已過期

### 操作員 CLI 的文字報告。

cli-account = { $company }（Pinpoint 帳戶 { $account }，合作夥伴 { $partner }）：{ $status }
cli-status_active = 作用中
cli-status_closed = 已關閉
cli-holdings = { $profiles } 個商務設定檔，{ $solutions } 個應用程式或服務設定檔，{ $referrals } 筆客戶轉介，{ $reviews } 則客戶評論
cli-error = 錯誤
cli-warning = 警告
cli-no_issue = 沒有發現問題。
cli-will_create = 將建立：
cli-profile_line = { $region } — { $name }：{ $locations } 個位置，{ $solutions } 個解決方案
cli-not_imported = 不會匯入：
cli-verdict_can_import = 結論：可以匯入。
cli-verdict_blocked = 結論：無法匯入，需修正 { $errors } 個錯誤。
cli-verdict_needs_acknowledgements = 結論：沒有錯誤，但仍需完成兩項確認。
cli-export_refused = 匯出檔案 { $file } 遭到拒絕：
cli-check_valid = 匯出檔案符合所有規則。
cli-check_invalid = 匯出檔案違反了 { $errors } 項規則。

### 應用程式與小工具。


## 殼層

app-product_name = 合作夥伴中心
app-app_name = Pinpoint Transition
app-breadcrumb = 階層連結
app-dashboard = 儀表板
app-account_settings = 帳戶設定
app-business_profile = 商務設定檔
app-loading = 載入中…
app-saving = 儲存中…
app-not_found_page = 此頁面不存在。
app-back_to_profiles = 返回商務設定檔
app-signed_out = 請透過合作夥伴入口網站登入，以使用 Pinpoint Transition：入口網站會將您的存取權杖提供給此頁面。
app-sign_in_failed = 登入失敗。
app-service_centre = 連絡您的地區服務中心
app-network_error = 無法連線到伺服器。請檢查網路連線，然後再試一次；您的資料並未遺失。
app-unexpected_answer = 伺服器傳回非預期的回應（{ $status }）。
app-read_only_reason = 您的角色只有讀取權限：帳戶或商務設定檔的系統管理員可以進行此變更。
app-read_only_notice = 您的角色只有讀取權限：匯入和編輯需要系統管理員角色（帳戶、商務設定檔、全域或轉介系統管理員）。
app-none = 無
app-optional = 選用
app-characters = { $count } / { $limit } 個字元

## 示範

app-demo_banner = 示範模式
app-demo_signed_in_as = 登入身分
app-demo_read_only = { $company } — 唯讀使用者

## 儀表板與設定

app-welcome = 歡迎，{ $company }
app-partner_id = 合作夥伴識別碼 { $id }
app-csp_member = 雲端解決方案提供者
app-dashboard_pinpoint_active = Pinpoint 已停用。請將您的業務資訊移至合作夥伴中心的商務設定檔。
app-dashboard_pinpoint_closed = 您的 Pinpoint 帳戶已關閉。請在合作夥伴中心管理您的商務設定檔。
app-dashboard_no_pinpoint = 您沒有可匯入的 Pinpoint 帳戶。
app-go_to_business_profile = 前往商務設定檔
app-settings_intro = 管理您的組織向客戶呈現的方式。
app-business_profile_card_text = 各國家/地區的商務設定檔，以及其中的位置和解決方案。

## 商務設定檔：索引標籤

app-tab_profiles = 設定檔
app-tab_referrals = 客戶轉介
app-profiles_intro = 每個國家/地區一個商務設定檔。客戶會透過這些設定檔找到您。
app-import_from_pinpoint = 從 Pinpoint 匯入
app-import_from_pinpoint_text = 將您的 Pinpoint 商務設定檔、應用程式和服務複製到合作夥伴中心。匯入前，您可以檢閱所有內容。
app-create_profile = 建立新的商務設定檔
app-create_profile_text = 身為雲端解決方案提供者合作夥伴，您也可以從頭建立設定檔。
app-pinpoint_closed_no_date = 您的 Pinpoint 帳戶已關閉。
app-see_import = 檢視匯入結果
app-no_profiles = 您還沒有商務設定檔。
app-profile_summary = { $locations } 個位置 · { $solutions } 個解決方案
app-region = 國家/地區
app-manage = 管理
app-referrals_intro = 客戶轉介是 Microsoft 透過 Pinpoint 傳送給您的銷售潛在客戶。客戶轉介不會匯入，在匯入前後都可以在這裡下載。
app-download_csv = 下載 CSV
app-download_json = 下載 JSON
app-no_referrals = 沒有客戶轉介。
app-referral_customer = 客戶
app-referral_need = 需求
app-referral_status = 狀態
app-referral_received = 接收日期
app-referral_value = 交易金額
app-referral_contact = 連絡人

## 精靈

app-wizard_title = 從 Pinpoint 匯入
app-wizard_steps = 匯入步驟
app-step_of = 第 { $n } 步，共 { $total } 步
app-step_account = 您的 Pinpoint 帳戶
app-step_choose = 選擇設定檔
app-step_edit = 編輯設定檔
app-step_solutions = 解決方案
app-step_locations = 位置
app-step_preview = 檢閱並匯入
app-next = 下一步
app-back = 上一步
app-account_holds = 您的 Pinpoint 帳戶包含：
app-business_profiles = 商務設定檔
app-app_profiles = 應用程式設定檔
app-service_profiles = 服務設定檔
app-customer_referrals = 客戶轉介
app-customer_reviews = 客戶評論
app-account_intro = Pinpoint 商務設定檔會成為合作夥伴中心的商務設定檔（每個國家/地區一個）；應用程式或服務設定檔會成為其中的解決方案。客戶轉介和客戶評論不會匯入。
app-account_closed_stop = 此 Pinpoint 帳戶已關閉，無法再次匯入。
app-choose_intro = 選擇要複製的 Pinpoint 商務設定檔。每個國家/地區可以有一個商務設定檔。
app-import_this_profile = 匯入「{ $name }」（{ $region }）
app-profile_counts = { $locations } 個位置，{ $solutions } 個應用程式或服務設定檔
app-nothing_chosen = 請至少選擇一個設定檔以繼續。
app-profile_picker = 設定檔
app-edit_intro = 請在匯入前編輯每個設定檔。輸入時會即時檢查合作夥伴中心的規則。
app-solutions_intro = 應用程式或服務設定檔會成為商務設定檔的解決方案。請選擇要匯入的項目並加以編輯。
app-locations_intro = 選擇要匯入的位置（1 到 { $limit } 個），並為每個位置選擇要從該位置行銷的解決方案。
app-preview_intro = 請檢查將要執行的動作。在您選取「匯入」之前，不會進行任何變更。
app-issues_heading = 合作夥伴中心檢查結果
app-issues_count = { $errors } 個錯誤，{ $warnings } 個警告
app-no_issues = 沒有發現問題。
app-go_to_field = 前往此欄位
app-error_prefix = 錯誤：
app-warning_prefix = 警告：
app-include_solution = 匯入「{ $name }」
app-solution_app = 應用程式
app-solution_service = 服務
app-import_location = 匯入位置「{ $name }」
app-markets_heading = 要從此位置行銷的解決方案
app-no_solutions_to_market = 此設定檔沒有要匯入的解決方案。
app-no_solutions = 此設定檔沒有應用程式或服務設定檔。
app-will_be_created = 將建立
app-will_not_be_imported = 不會匯入
app-was_not_imported = 未匯入
app-referrals = 客戶轉介（{ $count }）
app-dropped_products = 非 Microsoft 產品的產品標籤
app-other_left_out = 其他未包含的項目
app-ack_referrals = 我已記下或下載我的客戶轉介。
app-ack_closure = 我了解匯入後，我的 Pinpoint 帳戶將永久關閉。
app-closure_statement = 匯入後，您的 Pinpoint 帳戶將永久關閉，無法重新開啟，也無法再次匯入。以上內容會一次全部建立，否則一律不建立。
app-import_now = 匯入並關閉我的 Pinpoint 帳戶
app-importing = 正在匯入…請保持此頁面開啟。
app-retry_import = 重試匯入
app-import_refused = 匯入遭到拒絕；您的編輯內容已保留。
app-profile_of = 第 { $n } 個設定檔，共 { $total } 個：{ $name }
app-reviewed = 已檢查
app-blocked_errors = 若要匯入，請更正上方列出的 { $count } 個錯誤。
app-blocked_acks = 若要匯入，請勾選上方的兩項確認。
app-discard_title = 要捨棄變更嗎？
app-discard_text = 您對此匯入所做的變更將會遺失。不會匯入任何內容，您的 Pinpoint 帳戶也不會關閉。
app-discard = 捨棄變更
app-show_issues = 顯示清單
app-hide_issues = 隱藏清單
app-solutions = 解決方案
app-locations = 位置
app-marketed_here = 在此行銷的解決方案：{ $list }

## 設定檔欄位

app-field_name = 公司名稱
app-field_description = 描述
app-field_website = 網站
app-field_linkedin = LinkedIn 公司專頁
app-field_logo = 標誌
app-logo_none = 無標誌
app-add_logo = 新增標誌
app-remove_logo = 移除標誌
app-field_industries = 產業
app-field_products = Microsoft 產品
app-field_service_types = 服務類型
app-field_tags = 解決方案、技能和能力（標籤）
app-tag_n = 標籤 { $n }
app-tags_count = { $count } 個標籤，最多 { $limit } 個
app-add_tag = 新增標籤
app-remove_tag = 移除標籤 { $n }
app-field_target_sizes = 目標客戶規模
app-field_endorsements = 允許客戶認可此設定檔
app-section_info = 合作夥伴資訊
app-section_expertise = 專業領域
app-section_preferences = 喜好設定
app-field_solution_name = 解決方案名稱
app-field_summary = 摘要
app-field_solution_description = 解決方案描述
app-field_url = 網址
app-field_location_name = 位置名稱
app-field_phone = 電話
app-field_email = 電子郵件
app-field_line1 = 地址第 1 行
app-field_line2 = 地址第 2 行
app-field_city = 城市
app-field_postal_code = 郵遞區號
app-field_country = 國家
app-field_region = 國家/地區

## 設定檔頁面

app-profile_not_found = 此商務設定檔不存在。
app-save_changes = 儲存變更
app-saved = 已儲存。
app-deleting = 正在刪除…
app-reset_changes = 復原變更
app-address_immutable = 地址無法編輯：若要移動位置，請將其刪除後重新新增。
app-locations_limit = 商務設定檔可包含 1 到 { $limit } 個位置（目前有 { $count } 個）。
app-add_location = 新增位置
app-new_location_n = 新位置 { $n }
app-remove_new_location = 移除新位置 { $n }
app-correct_before_import = 請在匯入前修正此位置：匯入後就無法再變更其地址。
app-delete_location_named = 刪除位置「{ $name }」
app-save_location_named = 儲存位置「{ $name }」
app-delete_solution_named = 刪除解決方案「{ $name }」
app-cancel = 取消
app-delete_action = 刪除
app-delete_location_title = 要刪除位置「{ $name }」嗎？
app-delete_location_text = 此位置的名稱、地址、電話號碼、電子郵件地址，以及在此行銷的解決方案，都會從此商務設定檔中移除。此動作無法復原。
app-delete_solution_title = 要刪除解決方案「{ $name }」嗎？
app-delete_solution_text = 此解決方案會從此商務設定檔及所有位置中移除。已刪除的解決方案無法再新增：解決方案只能來自 Pinpoint 匯入。
app-save_solutions = 儲存「{ $name }」的解決方案
app-no_solutions_left = 此設定檔沒有任何解決方案。
app-imported_from = 匯入自 Pinpoint 設定檔 { $id }

## 新設定檔

app-new_profile_title = 建立新的商務設定檔
app-new_profile_intro = 新設定檔一開始不含解決方案（解決方案只能來自 Pinpoint 匯入），且至少需要一個位置。
app-first_location = 第一個位置
app-create_action = 建立設定檔
app-creating = 正在建立…
app-csp_only_notice = 只有雲端解決方案提供者合作夥伴才能建立新的商務設定檔。

## 結果

app-results_title = 匯入完成
app-results_intro = 已於 { $date } 匯入。您的 Pinpoint 帳戶現已關閉。
app-results_created = 已建立的商務設定檔
app-results_warnings = 附註
app-import_id = 匯入 { $id }
app-open_profile = 開啟「{ $name }」

### 目錄名稱：產業、服務類型、客戶規模。

industry-agriculture = 農業
industry-automotive = 汽車
industry-education = 教育
industry-energy = 能源
industry-financial_services = 金融服務
industry-government = 政府
industry-healthcare = 醫療保健
industry-hospitality = 餐旅業
industry-manufacturing = 製造業
industry-media = 媒體
industry-nonprofit = 非營利組織
industry-professional_services = 專業服務
industry-retail = 零售業
industry-telecommunications = 電信
industry-transportation = 運輸
service-consulting = 諮詢
service-deployment = 部署
service-development = 開發
service-implementation = 實作
service-integration = 整合
service-licensing = 授權
service-managed_services = 受控服務
service-migration = 移轉
service-support = 支援
service-training = 訓練
size-small = 小型（1–50 名員工）
size-medium = 中型（51–1,000 名員工）
size-large = 大型（1,001–10,000 名員工）
size-enterprise = 企業級（超過 10,000 名員工）

### 操作員 CLI 的其他輸出。

cli-error_line = 錯誤：{ $error }
cli-ingested = 已處理 { $files } 個檔案：建立 { $created } 個，更新 { $updated } 個，略過 { $closed } 個（已匯入），略過 { $conflicts } 個（識別碼衝突），拒絕 { $refused } 個。
cli-ingest_refused = { $file }：已拒絕，未載入任何內容：
cli-ingest_created = { $file }：已建立帳戶 { $account }
cli-ingest_updated = { $file }：已更新帳戶 { $account }
cli-ingest_skipped_closed = { $file }：已略過帳戶 { $account }：已匯入（已關閉）
cli-ingest_skipped_conflict = { $file }：已略過帳戶 { $account }：此合作夥伴識別碼或帳戶識別碼屬於另一個帳戶
cli-backup_written = 備份已寫入 { $path }（{ $bytes } 位元組）。
cli-no_account = 錯誤：合作夥伴 { $partner } 沒有 Pinpoint 帳戶
cli-stored_export_unparsable = 錯誤：無法剖析已儲存的匯出檔案：{ $error }

### 客戶轉介下載（CSV 欄標題）。

referrals-id = 轉介識別碼
referrals-business_profile_id = 商務設定檔識別碼
referrals-customer_name = 客戶
referrals-contact_name = 連絡人姓名
referrals-contact_email = 連絡人電子郵件
referrals-contact_phone = 連絡人電話
referrals-need = 需求
referrals-status = 狀態
referrals-received_on = 接收日期
referrals-deal_amount = 交易金額
referrals-deal_currency = 幣別

### 語言切換與國家/地區清單。

app-language = 語言
app-region_search = 搜尋國家/地區
app-region_none = 沒有符合「{ $text }」的國家/地區。

## Results and embedding (issue 22)

app-results_success = 已從您的 Pinpoint 帳戶建立 { $count } 個商務設定檔。
app-results_locations = { $count } 個位置
app-results_solutions = { $count } 個解決方案
app-results_next_title = 後續步驟
app-results_search_delay = 合作夥伴中心的搜尋最多可能需要 24 小時才會顯示新的商務設定檔，在此之前客戶可能找不到您的設定檔。現在您已經可以在這裡管理它們。
app-results_referrals_text = { $count } 筆客戶轉介未匯入，仍保留在您的 Pinpoint 帳戶中。請下載以保留複本。
app-support_import_id = 匯入識別碼 (供支援人員使用)
app-copy_action = 複製
app-copy_done = 已複製匯入識別碼。
app-copy_refused = 瀏覽器不允許複製。匯入識別碼已選取：請按 Ctrl+C (Mac 上為 ⌘+C) 進行複製。
app-profiles_closed = 您的 Pinpoint 帳戶已關閉，沒有可匯入的內容。
app-profiles_imported = 您的 Pinpoint 帳戶已匯入下方的商務設定檔，現已關閉。
app-read_only_preview = 您的角色只有讀取權限：您可以檢視匯入預覽，但無法匯入。
app-preview_import = 開啟預覽
## Lists (issue 22)

app-list_details = 詳細資料
app-list_errors = { $count } 個錯誤
app-list_solutions = 解決方案：{ $solutions }
app-list_left_out = 不匯入
app-multi_remove = 移除 { $value }
app-multi_added = 已新增 { $value }
app-multi_removed = 已移除 { $value }
app-multi_none = 沒有與「{ $text }」相符的項目。
app-multi_search = 輸入以搜尋
app-multi_hint = 輸入內容以篩選清單，然後使用方向鍵選擇一個項目，按 Enter 鍵新增。在空白欄位中按 Backspace 鍵可移除最後一個項目。
## Logo (issue 22)

issue-logo_unreadable = 此檔案不是可讀取的影像，請上傳寬度不超過 { $limit } 像素的 GIF、JPG 或 PNG 檔案。
issue-logo_upload_unknown = 上傳的標誌「{ $id }」不屬於您，請重新上傳標誌。
issue-logo_uploads_full = 您已有 { $limit } 個已上傳的標誌，且每個都被商務設定檔使用；未上傳任何內容。
app-logo_replace = 取代標誌
app-logo_choose = 請選擇寬度不超過 300 像素的 GIF、JPG 或 PNG 影像
app-logo_uploading = 正在上傳標誌…
app-logo_facts = { $format }，{ $width } × { $height } 像素
app-logo_unavailable = 無法在此處顯示位於 { $url } 的標誌；其格式和大小來自您的 Pinpoint 匯出。
app-logo_alt = 您的標誌

## Issue 23 — receipt

receipt-title = 匯入回條
receipt-partner = 合作夥伴
receipt-account = Pinpoint 帳戶
receipt-import_id = 匯入 ID
receipt-imported_at = 匯入時間 (UTC)
receipt-prepared_by = 準備者
receipt-approved_by = 核准者
receipt-no_approval = 未要求第二位管理員核准。
receipt-plan_digest = 已檢閱計畫的摘要
receipt-no_plan_digest = 此匯入發生在計畫帶有摘要之前。
receipt-created = 已建立的商務設定檔
receipt-locations = 位置
receipt-solutions = 解決方案
receipt-not_imported = 未匯入
receipt-sha256 = 此回條的 SHA-256
receipt-how_to_check = 此值是回條 JSON (GET /api/v1/imports/{ $id }/receipt) 標準形式（索引鍵已排序，無空格）的 SHA-256。重新計算即可核對此頁面是否相符。
receipt-print = 列印
app-receipt_intro = 請保留此回條：它記錄了移轉的內容、準備者以及未匯入的內容。其 SHA-256 可用於識別此回條。
app-receipt_download_page = 下載可列印的回條 (HTML)
app-receipt_download_json = 下載回條 (JSON)
app-receipt_preparing = 正在準備回條…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = 已登入身分：{ $person }
## Issue 23 — plan digest

issue-plan_changed = 自您檢閱預覽以來，要匯入的內容已變更 (有較新的 Pinpoint 匯出、您的商務設定檔或匯入規則已變更)；未匯入任何內容。請檢閱新的預覽，然後匯入。
issue-plan_digest_required = 請在 If-Match 中傳送您所檢閱預覽的計畫摘要：先開啟預覽，然後匯入。
app-digest_checking = 正在檢查將匯入的內容…
app-digest_blocked = 檢查完將匯入的內容後，即可匯入。
app-digest_failed = 無法檢查將匯入的內容。
app-drift_title = 自您檢閱以來，要匯入的內容已變更
app-drift_intro = 未匯入任何內容。預覽中現在有下列變更:
app-drift_none = 預覽看起來相同，但自您檢閱以來，您的商務設定檔或匯入規則已變更。
app-drift_review = 重新檢閱
app-drift_added = 現在將建立 { $name } ({ $region })。
app-drift_removed = 將不再建立 { $name } ({ $region })。
app-drift_details = { $name }: 詳細資料已變更。
app-drift_solutions = { $name } 的解決方案: 之前 { $before } 個，現在 { $after } 個。
app-drift_locations = { $name } 的位置: 之前 { $before } 個，現在 { $after } 個。
app-drift_not_imported = 不會匯入的內容已變更。
app-drift_errors = 預覽中現在有錯誤，需要先修正才能匯入。
## Issue 23 — drafts

issue-draft_changed = 此草稿在這段期間已在另一個索引標籤或另一部裝置上儲存；請載入較新的草稿，或在確認後以您的草稿覆寫儲存。
app-draft_saved_at = 已於 { $time } 儲存
app-draft_saving = 正在儲存…
app-draft_not_saved = 未儲存。
app-draft_retry = 重試
app-draft_waiting = 尚未儲存：短時間內儲存次數過多。將在 { $seconds } 秒後再次儲存。
app-draft_conflict_title = 此草稿已在其他地方變更
app-draft_conflict_text = { $name } 已於 { $time } 在另一個索引標籤或另一部裝置上儲存此草稿。
app-draft_load_newer = 載入較新的草稿
app-draft_keep_mine = 保留我的草稿
app-draft_for_old_export = 您儲存的草稿是根據 Pinpoint 匯出的較早版本，因此已擱置：匯入將從目前的匯出重新開始。
## Issue 23 — a second admin's approval

issue-approval_required = 您的匯入需要第二位系統管理員：請提交此匯入以供核准，由您帳戶的另一位系統管理員核准。
issue-approval_self = 此匯入由您提交，因此由您帳戶的另一位系統管理員核准或退回。您可以撤回它。
issue-approval_not_submitter = 只有提交此匯入的系統管理員才能撤回它。您可以核准它，或附上意見退回。
issue-draft_submitted = 此匯入正在等待第二位系統管理員核准，目前無法變更。提交它的系統管理員可以撤回它。
issue-not_submitted = 沒有等待核准的匯入：在這段期間它已被核准、退回或撤回。
issue-submission_changed = 自提交此匯入以來，要匯入的內容已變更 (有較新的 Pinpoint 匯出、您的商務設定檔或匯入規則已變更)；未匯入任何內容。請將其退回，以便重新檢閱並再次提交。
issue-settings_role_required = 只有帳戶系統管理員或全域系統管理員才能變更此設定。
issue-comment_empty = 請為提交匯入的系統管理員填寫意見。
issue-comment_too_long = 意見最多可包含 { $max } 個字元。
issue-comment_invalid = 意見包含無法儲存的控制字元。請將其移除。
issue-text_control_character = 此欄位不能包含控制字元（例如 NUL）。請將其移除。
issue-unsupported_media_type = 要求本文必須是 JSON，並隨 Content-Type: application/json 標頭一起傳送。

app-submit_for_approval = 提交以供核准
app-submitting = 正在提交… 請讓此頁面保持開啟。
app-approval_note = 您帳戶的另一位系統管理員會檢閱並核准此匯入。在此之前不會匯入任何內容。
app-submission_title = 有一個匯入正在等待您核准
app-submission_own_title = 正在等待第二位系統管理員核准
app-submitted_by = { $name } 於 { $date } { $time } 提交了此匯入。
app-submission_own_note = 您帳戶的另一位系統管理員會核准它或將其退回給您。在此之前無法變更，但您可以撤回它。
app-submission_other_note = 以下是將要匯入的內容，已根據您目前的 Pinpoint 匯出和商務設定檔重新檢查。核准即匯入，或附上意見退回。
app-withdraw = 撤回
app-approve = 核准並匯入
app-approve_title = 要核准並匯入嗎?
app-approve_text = 匯入會立即執行：由 { $name } 準備，由您核准。之後您的 Pinpoint 帳戶會停用，且此動作無法復原。
app-return_title = 附上意見退回
app-return_comment = 給 { $name } 的意見
app-return_button = 退回
app-returned_by = { $name } 於 { $date } { $time } 退回了此匯入，意見如下:
app-returned_next = 請進行變更，然後再次提交以供核准。
app-working = 正在傳送…
app-preview_intro_approval = 請檢查將要執行的動作。在您提交匯入並由您帳戶的另一位系統管理員核准之前，不會進行任何變更。
app-results_approval = 由 { $prepared } 準備，由 { $approved } 核准。
app-approval_setting_title = 從 Pinpoint 匯入
app-approval_setting_label = 匯入需要第二位系統管理員
app-approval_setting_help = 一位系統管理員準備並提交匯入；您帳戶的另一位系統管理員核准後才會匯入任何內容。
app-approval_setting_locked = 只有帳戶系統管理員或全域系統管理員才能變更此設定。
