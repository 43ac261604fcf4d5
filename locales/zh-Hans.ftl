# Pinpoint Transition — 简体中文 (zh-Hans)。参考语言为英语 (en)：
# 本文件的消息及变量与其完全一致。
# 翻译方法：docs/translating.md。

### 问题消息：API 返回的问题、CLI 的报告以及应用中的提示。


## Pinpoint 导出文件（SPEC §2）

issue-export_too_large = 导出文件大小为 { $actual } 字节，上限为 { $limit } 字节。
issue-export_not_json = 导出文件不是有效的 JSON（第 { $line } 行，第 { $column } 列）：{ $reason }。
issue-export_format_unknown = 未知的导出格式“{ $found }”，应为“{ $expected }”。
issue-export_field_missing = 缺少必填字段“{ $field }”。
issue-export_malformed = 此值的结构不正确：{ $reason }。
issue-export_value_invalid = “{ $value }”在此处无效，应为 { $expected }。
issue-duplicate_id = ID“{ $id }”已在 { $first } 处使用。
issue-dangling_reference = “{ $id }”在 { $target } 中没有对应项。

## 导入请求

issue-list_too_long = 此列表包含 { $actual } 项，上限为 { $limit } 项。
issue-pinpoint_account_closed = 此 Pinpoint 帐户已关闭：该帐户已导入或已停用，无法再次导入。如果情况与预期不符，请联系您的地区服务中心。
issue-selection_empty = 请至少选择一个要导入的 Pinpoint 业务配置文件。
issue-selection_profile_unknown = 您的 Pinpoint 帐户中没有业务配置文件“{ $id }”。
issue-selection_duplicate = Pinpoint 配置文件“{ $id }”被选择了两次。
issue-region_selected_twice = 每个国家/地区只能有一个业务配置文件：{ $region } 被选择了两次。
issue-region_already_has_profile = 您已有 { $region } 的业务配置文件。如需更改，请联系您的地区服务中心。
issue-location_unknown = 此配置文件中没有位置“{ $id }”。
issue-solution_source_unknown = “{ $id }”不是此业务配置文件的“应用程序”或“服务”配置文件。
issue-solution_chosen_twice = 解决方案“{ $id }”出现了两次。
issue-location_solution_unknown = 位置只能营销此配置文件自身的解决方案，“{ $id }”不在其中。
issue-acknowledgement_required = 请确认您已记下客户引荐，并了解导入后您的 Pinpoint 帐户将关闭。

## 业务配置文件规则（SPEC §3）

issue-region_invalid = “{ $value }”不是 ISO 3166-1 国家/地区代码。
issue-name_empty = 请输入名称。
issue-name_too_long = 名称包含 { $actual } 个字符，上限为 { $limit } 个。
issue-description_too_long = 说明包含 { $actual } 个字符，上限为 { $limit } 个。
issue-website_invalid = “{ $value }”不是网址：请输入以 https:// 或 http:// 开头的完整地址。
issue-linkedin_invalid = “{ $value }”不是 LinkedIn 公司主页：请使用 https://www.linkedin.com/company/your-company 形式的地址。
issue-logo_format_unsupported = 徽标是 { $format } 文件，请上传宽度不超过 { $limit } 像素的 GIF、JPG 或 PNG 格式替换徽标。
issue-logo_too_wide = 徽标宽度为 { $actual } 像素，上限为 { $limit } 像素。请上传宽度不超过 { $limit } 像素的 GIF、JPG 或 PNG 格式替换徽标。
issue-logo_taller_than_wide = 徽标的高度（{ $height } 像素）大于宽度（{ $width } 像素）：横向徽标的显示效果更好。
issue-logo_url_invalid = “{ $value }”不是有效的徽标网址。
issue-industry_unknown = “{ $value }”不在行业目录中。
issue-industries_too_many = 已选择 { $actual } 个行业，上限为 { $limit } 个。
issue-industry_dropped = “{ $value }”不在行业目录中，因此不会导入。
issue-service_type_unknown = “{ $value }”不在服务类型目录中。
issue-product_unknown = “{ $value }”不在 Microsoft 产品目录中。
issue-product_dropped = “{ $value }”不是 Microsoft 产品，因此不会导入。
issue-tag_empty = 标记不能为空。
issue-tag_too_long = 标记包含 { $actual } 个字符，上限为 { $limit } 个。
issue-tags_too_many = 共有 { $actual } 个标记，上限为 { $limit } 个。
issue-tag_duplicate = 标记“{ $value }”已存在（不区分大小写）。
issue-target_sizes_empty = 请至少选择一种客户规模。
issue-target_size_unknown = “{ $value }”不是有效的客户规模：请使用 small（小型）、medium（中型）、large（大型）或 enterprise（企业级）。
issue-locations_empty = 业务配置文件至少需要一个位置。
issue-locations_too_many = 共有 { $actual } 个位置，而一个业务配置文件最多只能有 { $limit } 个。请排除部分位置。
issue-location_outside_region = 此位置位于 { $country }，不在此配置文件的国家/地区 { $region } 内。
issue-location_address_duplicate = 此地址与 { $first } 处的位置地址相同。
issue-location_name_empty = 请输入位置名称。
issue-location_name_too_long = 位置名称包含 { $actual } 个字符，上限为 { $limit } 个。
issue-address_incomplete = 地址缺少{ $field }。
issue-address_field_too_long = 此地址字段包含 { $actual } 个字符，上限为 { $limit } 个。
issue-country_invalid = “{ $value }”不是 ISO 3166-1 国家代码。
issue-email_invalid = “{ $value }”不是有效的电子邮件地址。
issue-phone_invalid = “{ $value }”不是有效的电话号码。
issue-location_address_immutable = 地址无法更改：请删除该位置，然后重新添加。
issue-solution_name_empty = 请输入解决方案名称。
issue-solution_name_too_long = 解决方案名称包含 { $actual } 个字符，上限为 { $limit } 个。
issue-solution_name_duplicate = 此配置文件中已有另一个名为“{ $value }”的解决方案（不区分大小写）。
issue-solution_summary_too_long = 摘要包含 { $actual } 个字符，上限为 { $limit } 个。
issue-solution_description_too_long = 解决方案说明包含 { $actual } 个字符，上限为 { $limit } 个。
issue-solution_url_invalid = “{ $value }”不是网址：请输入以 https:// 或 http:// 开头的完整地址。
issue-solutions_import_only = 解决方案只能通过从 Pinpoint 导入来创建。已导入的解决方案仍可编辑或删除。
issue-solution_not_found = 此配置文件中没有解决方案“{ $id }”。
issue-csp_only = 只有加入云解决方案提供商计划的合作伙伴才能创建新业务配置文件；您可以改为从 Pinpoint 中导入。如需帮助，请联系您的地区服务中心。

## HTTP 问题（API.md）；标题取自同一目录

issue-validation_failed = 部分值不符合业务配置文件规则。
issue-role_required = 您的角色仅有读取权限。请联系帐户管理员或您的地区服务中心。
issue-idempotency_key_reused = 此 Idempotency-Key 已用于其他请求。
issue-idempotency_key_missing = 必须提供 Idempotency-Key 标头。
issue-idempotency_key_in_progress = 使用此 Idempotency-Key 的请求仍在处理中，请稍后重试。
issue-profile_busy = 此业务配置文件当前正在别处修改，本次未进行任何更改。请稍后重试。
issue-malformed_request = 请求在 { $path } 处格式错误：{ $reason }。
issue-payload_too_large = 请求正文超过 { $limit } 字节。
issue-not_found = 未找到。
issue-unauthorized = 请重新登录：会话不存在或已过期。
issue-method_not_allowed = 此处不允许使用此方法。
issue-request_timeout = 服务器响应超时，请重试。
issue-request_body_timeout = 请求正文传输过慢，未进行任何更改。请重试。
issue-rate_limited = 短时间内更改过多，未进行任何更改。请在 { $retry_after } 秒后重试。
issue-overloaded = 服务繁忙，未进行任何更改。请在 { $retry_after } 秒后重试。
issue-internal_error = 服务出现内部错误，未进行任何更改。请重试。
issue-storage_unavailable = 存储暂时不可用，未进行任何更改。请几秒钟后重试。

### CLI 和应用共用的词语。

label-referrals_not_imported = { $count } 条客户引荐：不会导入，请在导入前后下载
label-reviews_not_imported = { $count } 条客户评论：不会迁移，该功能已移除
label-dropped_product = 产品标记“{ $value }”（{ $profile }）：不是 Microsoft 产品
label-dropped_industry = 行业“{ $value }”（{ $profile }）：不在目录中
label-excluded_location = 位置“{ $name }”（{ $profile }）：已排除
label-excluded_solution = 解决方案“{ $name }”（{ $profile }）：已排除
label-unselected_solution = 解决方案“{ $name }”（{ $profile }）：所属业务配置文件未导入
label-unselected_profile = 业务配置文件“{ $name }”（{ $profile }）：未选择
label-more_issues = 另有 { $count } 个问题未在此列出
label-address_line1 = 第一行
label-address_line2 = 第二行
label-address_city = 城市
label-address_postal_code = 邮政编码
label-referral_new = 新建
label-referral_accepted = 已接受
label-referral_declined = 已拒绝
label-referral_won = 已赢单
label-referral_lost = 已丢单
label-referral_expired = 已过期

### 操作员 CLI 的文本报告。

cli-account = { $company }（Pinpoint 帐户 { $account }，合作伙伴 { $partner }）：{ $status }
cli-status_active = 活动
cli-status_closed = 已关闭
cli-holdings = { $profiles } 个业务配置文件，{ $solutions } 个“应用程序”或“服务”配置文件，{ $referrals } 条客户引荐，{ $reviews } 条客户评论
cli-error = 错误
cli-warning = 警告
cli-no_issue = 未发现问题。
cli-will_create = 将创建：
cli-profile_line = { $region } — { $name }：{ $locations } 个位置，{ $solutions } 个解决方案
cli-not_imported = 不会导入：
cli-verdict_can_import = 结论：可以导入。
cli-verdict_blocked = 结论：无法导入，需修复 { $errors } 个错误。
cli-verdict_needs_acknowledgements = 结论：没有错误，但仍需完成两项确认。
cli-export_refused = 导出文件 { $file } 被拒绝：
cli-check_valid = 导出文件符合所有规则。
cli-check_invalid = 导出文件违反了 { $errors } 条规则。

### 应用和小组件。


## 外壳

app-product_name = 合作伙伴中心
app-app_name = Pinpoint Transition
app-breadcrumb = 痕迹导航
app-dashboard = 仪表板
app-account_settings = 帐户设置
app-business_profile = 业务配置文件
app-loading = 正在加载…
app-saving = 正在保存…
app-not_found_page = 此页面不存在。
app-back_to_profiles = 返回业务配置文件
app-signed_out = 请通过合作伙伴门户登录以使用 Pinpoint Transition：门户会向此页面提供您的访问令牌。
app-sign_in_failed = 登录失败。
app-service_centre = 联系您的地区服务中心
app-network_error = 无法连接到服务器。请检查网络连接，然后重试；您的数据未丢失。
app-unexpected_answer = 服务器返回了意外的响应（{ $status }）。
app-read_only_reason = 您的角色仅有读取权限：帐户或业务配置文件的管理员可以进行此更改。
app-read_only_notice = 您的角色仅有读取权限：导入和编辑需要管理员角色（帐户管理员、业务配置文件管理员、全局管理员或引荐管理员）。
app-none = 无
app-optional = 可选
app-characters = { $count } / { $limit } 个字符

## 演示

app-demo_banner = 演示模式
app-demo_signed_in_as = 登录身份
app-demo_read_only = { $company } — 只读用户

## 仪表板和设置

app-welcome = 欢迎，{ $company }
app-partner_id = 合作伙伴 ID { $id }
app-csp_member = 云解决方案提供商
app-dashboard_pinpoint_active = Pinpoint 已停用。请将您的业务信息迁移到合作伙伴中心的业务配置文件中。
app-dashboard_pinpoint_closed = 您的 Pinpoint 帐户已关闭。请在合作伙伴中心管理您的业务配置文件。
app-dashboard_no_pinpoint = 您没有可导入的 Pinpoint 帐户。
app-go_to_business_profile = 转到业务配置文件
app-settings_intro = 管理您的组织向客户展示的方式。
app-business_profile_card_text = 各国家/地区的业务配置文件，以及其中的位置和解决方案。

## 业务配置文件：选项卡

app-tab_profiles = 配置文件
app-tab_referrals = 客户引荐
app-profiles_intro = 每个国家/地区一个业务配置文件。客户通过这些配置文件找到您。
app-import_from_pinpoint = 从 Pinpoint 中导入
app-import_from_pinpoint_text = 将您的 Pinpoint 业务配置文件、应用程序和服务复制到合作伙伴中心。导入前，您可以检查所有内容。
app-create_profile = 创建新业务配置文件
app-create_profile_text = 作为云解决方案提供商合作伙伴，您也可以从头开始创建配置文件。
app-pinpoint_closed_no_date = 您的 Pinpoint 帐户已关闭。
app-see_import = 查看导入结果
app-no_profiles = 您还没有业务配置文件。
app-profile_summary = { $locations } 个位置 · { $solutions } 个解决方案
app-region = 国家/地区
app-manage = 管理
app-referrals_intro = 客户引荐是 Microsoft 通过 Pinpoint 发送给您的销售线索。客户引荐不会导入，在导入前后均可在此处下载。
app-download_csv = 下载 CSV
app-download_json = 下载 JSON
app-no_referrals = 没有客户引荐。
app-referral_customer = 客户
app-referral_need = 需求
app-referral_status = 状态
app-referral_received = 接收日期
app-referral_value = 交易金额
app-referral_contact = 联系人

## 向导

app-wizard_title = 从 Pinpoint 中导入
app-wizard_steps = 导入步骤
app-step_of = 第 { $n } 步，共 { $total } 步
app-step_account = 您的 Pinpoint 帐户
app-step_choose = 选择配置文件
app-step_edit = 编辑配置文件
app-step_solutions = 解决方案
app-step_locations = 位置
app-step_preview = 检查并导入
app-next = 下一步
app-back = 上一步
app-account_holds = 您的 Pinpoint 帐户包含：
app-business_profiles = 业务配置文件
app-app_profiles = 应用程序配置文件
app-service_profiles = 服务配置文件
app-customer_referrals = 客户引荐
app-customer_reviews = 客户评论
app-account_intro = Pinpoint 业务配置文件将成为合作伙伴中心的业务配置文件（每个国家/地区一个）；“应用程序”或“服务”配置文件将成为其中的解决方案。客户引荐和客户评论不会导入。
app-account_closed_stop = 此 Pinpoint 帐户已关闭，无法再次导入。
app-choose_intro = 选择要复制的 Pinpoint 业务配置文件。每个国家/地区可以有一个业务配置文件。
app-import_this_profile = 导入“{ $name }”（{ $region }）
app-profile_counts = { $locations } 个位置，{ $solutions } 个“应用程序”或“服务”配置文件
app-nothing_chosen = 请至少选择一个配置文件以继续。
app-profile_picker = 配置文件
app-edit_intro = 请在导入前编辑每个配置文件。输入时会即时检查合作伙伴中心的规则。
app-solutions_intro = “应用程序”或“服务”配置文件将成为业务配置文件的解决方案。请选择要导入的项并进行编辑。
app-locations_intro = 选择要导入的位置（1 到 { $limit } 个），并为每个位置选择要在该位置营销的解决方案。
app-preview_intro = 请检查将要执行的操作。在您选择“导入”之前，不会进行任何更改。
app-issues_heading = 合作伙伴中心检查结果
app-issues_count = { $errors } 个错误，{ $warnings } 个警告
app-no_issues = 未发现问题。
app-go_to_field = 转到该字段
app-error_prefix = 错误：
app-warning_prefix = 警告：
app-include_solution = 导入“{ $name }”
app-solution_app = 应用程序
app-solution_service = 服务
app-import_location = 导入位置“{ $name }”
app-markets_heading = 在此位置营销的解决方案
app-no_solutions_to_market = 此配置文件没有要导入的解决方案。
app-no_solutions = 此配置文件没有“应用程序”或“服务”配置文件。
app-will_be_created = 将创建
app-will_not_be_imported = 不会导入
app-was_not_imported = 未导入
app-referrals = 客户引荐（{ $count }）
app-dropped_products = 非 Microsoft 产品的产品标记
app-other_left_out = 其他未包含的项
app-ack_referrals = 我已记下或下载了我的客户引荐。
app-ack_closure = 我了解导入后我的 Pinpoint 帐户将永久关闭。
app-closure_statement = 导入后，您的 Pinpoint 帐户将永久关闭，无法重新打开，也无法再次导入。以上内容要么全部创建，要么全部不创建。
app-import_now = 导入并关闭我的 Pinpoint 帐户
app-importing = 正在导入…请勿关闭此页面。
app-retry_import = 重试导入
app-import_refused = 导入被拒绝；您所做的编辑已保留。
app-profile_of = 第 { $n } 个配置文件，共 { $total } 个：{ $name }
app-reviewed = 已检查
app-blocked_errors = 若要导入，请更正上面列出的 { $count } 个错误。
app-blocked_acks = 若要导入，请勾选上面的两项确认。
app-discard_title = 放弃更改？
app-discard_text = 您对此导入所做的更改将会丢失。不会导入任何内容，您的 Pinpoint 帐户也不会关闭。
app-discard = 放弃更改
app-show_issues = 显示列表
app-hide_issues = 隐藏列表
app-solutions = 解决方案
app-locations = 位置
app-marketed_here = 在此营销的解决方案：{ $list }

## 配置文件字段

app-field_name = 企业名称
app-field_description = 说明
app-field_website = 网站
app-field_linkedin = LinkedIn 公司主页
app-field_logo = 徽标
app-logo_none = 无徽标
app-add_logo = 添加徽标
app-remove_logo = 移除徽标
app-field_industries = 行业
app-field_products = Microsoft 产品
app-field_service_types = 服务类型
app-field_tags = 解决方案、技能和能力（标记）
app-tag_n = 标记 { $n }
app-tags_count = { $count } 个标记，最多 { $limit } 个
app-add_tag = 添加标记
app-remove_tag = 移除标记 { $n }
app-field_target_sizes = 目标客户规模
app-field_endorsements = 允许客户认可此配置文件
app-section_info = 合作伙伴信息
app-section_expertise = 专业领域
app-section_preferences = 首选项
app-field_solution_name = 解决方案名称
app-field_summary = 摘要
app-field_solution_description = 解决方案说明
app-field_url = 网址
app-field_location_name = 位置名称
app-field_phone = 电话
app-field_email = 电子邮件
app-field_line1 = 地址行 1
app-field_line2 = 地址行 2
app-field_city = 城市
app-field_postal_code = 邮政编码
app-field_country = 国家
app-field_region = 国家/地区

## 配置文件页面

app-profile_not_found = 此业务配置文件不存在。
app-save_changes = 保存更改
app-saved = 已保存。
app-deleting = 正在删除…
app-reset_changes = 撤消更改
app-address_immutable = 地址无法编辑：如需移动位置，请将其删除后重新添加。
app-locations_limit = 业务配置文件可包含 1 到 { $limit } 个位置（当前为 { $count } 个）。
app-add_location = 添加位置
app-new_location_n = 新位置 { $n }
app-remove_new_location = 移除新位置 { $n }
app-correct_before_import = 请在导入前更正此位置：导入后将无法再更改其地址。
app-delete_location_named = 删除位置“{ $name }”
app-save_location_named = 保存位置“{ $name }”
app-delete_solution_named = 删除解决方案“{ $name }”
app-cancel = 取消
app-delete_action = 删除
app-delete_location_title = 要删除位置“{ $name }”吗？
app-delete_location_text = 该位置的名称、地址、电话号码、电子邮件地址及其营销的解决方案将从此业务配置文件中移除。此操作无法撤消。
app-delete_solution_title = 要删除解决方案“{ $name }”吗？
app-delete_solution_text = 该解决方案将从此业务配置文件及所有位置中移除。已删除的解决方案无法再次添加：解决方案只能来自 Pinpoint 导入。
app-save_solutions = 保存“{ $name }”的解决方案
app-no_solutions_left = 此配置文件没有解决方案。
app-imported_from = 导入自 Pinpoint 配置文件 { $id }

## 新建配置文件

app-new_profile_title = 创建新业务配置文件
app-new_profile_intro = 新配置文件初始不含解决方案（解决方案只能来自 Pinpoint 导入），且至少需要一个位置。
app-first_location = 第一个位置
app-create_action = 创建配置文件
app-creating = 正在创建…
app-csp_only_notice = 只有云解决方案提供商合作伙伴才能创建新业务配置文件。

## 结果

app-results_title = 导入完成
app-results_intro = 已于 { $date } 导入。您的 Pinpoint 帐户现已关闭。
app-results_created = 已创建的业务配置文件
app-results_warnings = 备注
app-import_id = 导入 { $id }
app-open_profile = 打开“{ $name }”

### 目录名称：行业、服务类型、客户规模。

industry-agriculture = 农业
industry-automotive = 汽车
industry-education = 教育
industry-energy = 能源
industry-financial_services = 金融服务
industry-government = 政府
industry-healthcare = 医疗保健
industry-hospitality = 酒店和餐饮
industry-manufacturing = 制造业
industry-media = 媒体
industry-nonprofit = 非营利组织
industry-professional_services = 专业服务
industry-retail = 零售
industry-telecommunications = 电信
industry-transportation = 交通运输
service-consulting = 咨询
service-deployment = 部署
service-development = 开发
service-implementation = 实施
service-integration = 集成
service-licensing = 许可
service-managed_services = 托管服务
service-migration = 迁移
service-support = 支持
service-training = 培训
size-small = 小型（1–50 名员工）
size-medium = 中型（51–1,000 名员工）
size-large = 大型（1,001–10,000 名员工）
size-enterprise = 企业级（超过 10,000 名员工）

### 操作员 CLI 的其他输出。

cli-error_line = 错误：{ $error }
cli-ingested = 已处理 { $files } 个文件：创建 { $created } 个，更新 { $updated } 个，跳过 { $closed } 个（已导入），跳过 { $conflicts } 个（ID 冲突），拒绝 { $refused } 个。
cli-ingest_refused = { $file }：已拒绝，未加载任何内容：
cli-ingest_created = { $file }：已创建帐户 { $account }
cli-ingest_updated = { $file }：已更新帐户 { $account }
cli-ingest_skipped_closed = { $file }：已跳过帐户 { $account }：已导入（已关闭）
cli-ingest_skipped_conflict = { $file }：已跳过帐户 { $account }：该合作伙伴 ID 或帐户 ID 属于另一个帐户
cli-backup_written = 备份已写入 { $path }（{ $bytes } 字节）。
cli-no_account = 错误：合作伙伴 { $partner } 没有 Pinpoint 帐户
cli-stored_export_unparsable = 错误：无法解析已存储的导出文件：{ $error }

### 客户引荐下载（CSV 列标题）。

referrals-id = 引荐 ID
referrals-business_profile_id = 业务配置文件 ID
referrals-customer_name = 客户
referrals-contact_name = 联系人姓名
referrals-contact_email = 联系人电子邮件
referrals-contact_phone = 联系人电话
referrals-need = 需求
referrals-status = 状态
referrals-received_on = 接收日期
referrals-deal_amount = 交易金额
referrals-deal_currency = 货币

### 语言切换以及国家/地区列表。

app-language = 语言
app-region_search = 搜索国家/地区
app-region_none = 没有与“{ $text }”匹配的国家/地区。

## Results and embedding (issue 22)

app-results_success = 已从您的 Pinpoint 帐户创建 { $count } 个业务配置文件。
app-results_locations = { $count } 个位置
app-results_solutions = { $count } 个解决方案
app-results_next_title = 后续步骤
app-results_search_delay = 合作伙伴中心的搜索最多可能需要 24 小时才会显示新的业务配置文件，在此之前客户可能找不到您的配置文件。现在您已经可以在此处管理它们。
app-results_referrals_text = { $count } 条客户引荐未导入，仍保留在您的 Pinpoint 帐户中。请下载以保留副本。
app-support_import_id = 导入 ID（供支持人员使用）
app-copy_action = 复制
app-copy_done = 已复制导入 ID。
app-copy_refused = 浏览器不允许复制。导入 ID 已选中：请按 Ctrl+C（Mac 上为 ⌘+C）进行复制。
app-profiles_closed = 您的 Pinpoint 帐户已关闭，没有可导入的内容。
app-profiles_imported = 您的 Pinpoint 帐户已导入到下面的业务配置文件中，现已关闭。
app-read_only_preview = 您的角色仅有读取权限：您可以查看导入预览，但不能导入。
app-preview_import = 打开预览
## Lists (issue 22)

app-list_details = 详细信息
app-list_errors = { $count } 个错误
app-list_solutions = 解决方案：{ $solutions }
app-list_left_out = 不导入
app-multi_remove = 移除 { $value }
app-multi_added = 已添加 { $value }
app-multi_removed = 已移除 { $value }
app-multi_none = 没有与“{ $text }”匹配的项。
app-multi_search = 键入以搜索
app-multi_hint = 键入内容以筛选列表，然后使用箭头键选择一项，按 Enter 键添加。在空白字段中按 Backspace 键可移除最后一项。
## Logo (issue 22)

issue-logo_unreadable = 此文件不是可读取的图像，请上传宽度不超过 { $limit } 像素的 GIF、JPG 或 PNG 文件。
issue-logo_upload_unknown = 上传的徽标“{ $id }”不属于你，请重新上传徽标。
issue-logo_uploads_full = 你已有 { $limit } 个已上传的徽标，且每个都被业务配置文件使用；未上传任何内容。
app-logo_replace = 替换徽标
app-logo_choose = 请选择宽度不超过 300 像素的 GIF、JPG 或 PNG 图像
app-logo_uploading = 正在上传徽标…
app-logo_facts = { $format }，{ $width } × { $height } 像素
app-logo_unavailable = 无法在此处显示位于 { $url } 的徽标；其格式和大小来自你的 Pinpoint 导出。
app-logo_alt = 你的徽标

## Issue 23 — receipt

receipt-title = 导入回执
receipt-partner = 合作伙伴
receipt-account = Pinpoint 帐户
receipt-import_id = 导入 ID
receipt-imported_at = 导入时间 (UTC)
receipt-prepared_by = 准备人
receipt-approved_by = 审批人
receipt-no_approval = 未要求第二位管理员审批。
receipt-plan_digest = 已审阅计划的摘要
receipt-no_plan_digest = 此导入发生在计划带有摘要之前。
receipt-created = 已创建的业务配置文件
receipt-locations = 位置
receipt-solutions = 解决方案
receipt-not_imported = 未导入
receipt-sha256 = 此回执的 SHA-256
receipt-how_to_check = 此值是回执 JSON (GET /api/v1/imports/{ $id }/receipt) 规范形式（键已排序，无空格）的 SHA-256。重新计算即可核对此页面是否一致。
receipt-print = 打印
app-receipt_intro = 请保留此回执：它记录了迁移的内容、准备人以及未导入的内容。其 SHA-256 可用于识别此回执。
app-receipt_download_page = 下载可打印的回执 (HTML)
app-receipt_download_json = 下载回执 (JSON)
app-receipt_preparing = 正在准备回执…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = 已登录身份：{ $person }
## Issue 23 — plan digest

issue-plan_changed = 自你查看预览以来，要导入的内容已更改(有更新的 Pinpoint 导出、你的业务配置文件或导入规则已更改)；未导入任何内容。请查看新的预览，然后导入。
issue-plan_digest_required = 请在 If-Match 中发送你所查看预览的计划摘要：先打开预览，然后导入。
app-digest_checking = 正在检查将导入的内容…
app-digest_blocked = 检查完将导入的内容后，即可导入。
app-digest_failed = 无法检查将导入的内容。
app-drift_title = 自你查看以来，要导入的内容已更改
app-drift_intro = 未导入任何内容。预览中现在有以下更改:
app-drift_none = 预览看起来相同，但自你查看以来，你的业务配置文件或导入规则已更改。
app-drift_review = 重新查看
app-drift_added = 现在将创建 { $name } ({ $region })。
app-drift_removed = 将不再创建 { $name } ({ $region })。
app-drift_details = { $name }: 详细信息已更改。
app-drift_solutions = { $name } 的解决方案: 之前 { $before } 个，现在 { $after } 个。
app-drift_locations = { $name } 的位置: 之前 { $before } 个，现在 { $after } 个。
app-drift_not_imported = 不会导入的内容已更改。
app-drift_errors = 预览中现在有错误，需要先修复才能导入。
## Issue 23 — drafts

issue-draft_changed = 此草稿在此期间已在另一个标签页或另一台设备上保存；请加载较新的草稿，或在确认后用你的草稿覆盖保存。
app-draft_saved_at = 已于 { $time } 保存
app-draft_saving = 正在保存…
app-draft_not_saved = 未保存。
app-draft_retry = 重试
app-draft_waiting = 尚未保存：短时间内保存次数过多。将在 { $seconds } 秒后再次保存。
app-draft_conflict_title = 此草稿已在其他地方更改
app-draft_conflict_text = { $name } 已于 { $time } 在另一个标签页或另一台设备上保存此草稿。
app-draft_load_newer = 加载较新的草稿
app-draft_keep_mine = 保留我的草稿
app-draft_for_old_export = 你保存的草稿基于 Pinpoint 导出的早期版本，因此已被搁置：导入将从当前导出重新开始。
## Issue 23 — a second admin's approval

issue-approval_required = 你的导入需要第二位管理员：请提交此导入以供审批，由你帐户的另一位管理员批准。
issue-approval_self = 此导入由你提交，因此由你帐户的另一位管理员批准或退回。你可以撤回它。
issue-approval_not_submitter = 只有提交此导入的管理员才能撤回它。你可以批准它，或附上意见退回。
issue-draft_submitted = 此导入正在等待第二位管理员的批准，目前无法更改。提交它的管理员可以撤回它。
issue-not_submitted = 没有等待审批的导入：在此期间它已被批准、退回或撤回。
issue-submission_changed = 自提交此导入以来，要导入的内容已更改(有更新的 Pinpoint 导出、你的业务配置文件或导入规则已更改)；未导入任何内容。请将其退回，以便重新检查并再次提交。
issue-settings_role_required = 只有帐户管理员或全局管理员才能更改此设置。
issue-comment_empty = 请为提交导入的管理员填写意见。
issue-comment_too_long = 意见最多可包含 { $max } 个字符。
issue-comment_invalid = 意见包含无法保存的控制字符。请将其删除。
issue-text_control_character = 此字段不能包含控制字符（例如 NUL）。请将其删除。
issue-unsupported_media_type = 请求正文必须是 JSON，并随 Content-Type: application/json 标头一起发送。

app-submit_for_approval = 提交以供审批
app-submitting = 正在提交… 请保持此页面打开。
app-approval_note = 你帐户的另一位管理员将检查并批准此导入。在此之前不会导入任何内容。
app-submission_title = 有一个导入正在等待你的批准
app-submission_own_title = 正在等待第二位管理员的批准
app-submitted_by = { $name } 于 { $date } { $time } 提交了此导入。
app-submission_own_note = 你帐户的另一位管理员将批准它或将其退回给你。在此之前无法更改它，但你可以撤回它。
app-submission_other_note = 以下是将要导入的内容，已根据你当前的 Pinpoint 导出和业务配置文件重新检查。批准即导入，或附上意见退回。
app-withdraw = 撤回
app-approve = 批准并导入
app-approve_title = 批准并导入?
app-approve_text = 导入将立即执行：由 { $name } 准备，由你批准。之后你的 Pinpoint 帐户将停用，且此操作无法撤消。
app-return_title = 附上意见退回
app-return_comment = 给 { $name } 的意见
app-return_button = 退回
app-returned_by = { $name } 于 { $date } { $time } 退回了此导入，意见如下:
app-returned_next = 请进行更改，然后再次提交以供审批。
app-working = 正在发送…
app-preview_intro_approval = 请检查将要执行的操作。在你提交导入并由你帐户的另一位管理员批准之前，不会进行任何更改。
app-results_approval = 由 { $prepared } 准备，由 { $approved } 批准。
app-approval_setting_title = 从 Pinpoint 导入
app-approval_setting_label = 导入需要第二位管理员
app-approval_setting_help = 一位管理员准备并提交导入；你帐户的另一位管理员批准后才会导入任何内容。
app-approval_setting_locked = 只有帐户管理员或全局管理员才能更改此设置。
