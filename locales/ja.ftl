# Pinpoint Transition — 日本語 (ja)。
# 翻訳の方法: docs/translating.md。

### 問題メッセージ: API の問題と指摘事項、CLI のレポート、アプリ。


## Pinpoint のエクスポート (SPEC §2)

issue-export_too_large = エクスポートのサイズは { $actual } バイトです。上限は { $limit } バイトです。
issue-export_not_json = エクスポートが有効な JSON ではありません ({ $line } 行目、{ $column } 列目): { $reason }。
issue-export_format_unknown = エクスポートの形式「{ $found }」は不明です。「{ $expected }」である必要があります。
issue-export_field_missing = 必須フィールド「{ $field }」がありません。
issue-export_malformed = この値の構造が正しくありません: { $reason }。
issue-export_value_invalid = 「{ $value }」はここでは無効です。必要な値: { $expected }。
issue-duplicate_id = ID「{ $id }」は { $first } で既に使用されています。
issue-dangling_reference = 「{ $id }」に該当する項目が { $target } にありません。

## インポート要求

issue-list_too_long = このリストには { $actual } 件の項目があります。上限は { $limit } 件です。
issue-pinpoint_account_closed = この Pinpoint アカウントは閉鎖されています。既にインポート済みか廃止されているため、再度インポートすることはできません。心当たりがない場合は、地域サービス センターにお問い合わせください。
issue-selection_empty = インポートする Pinpoint のビジネス プロファイルを 1 つ以上選択してください。
issue-selection_profile_unknown = お使いの Pinpoint アカウントには、ビジネス プロファイル「{ $id }」はありません。
issue-selection_duplicate = Pinpoint のプロファイル「{ $id }」が 2 回選択されています。
issue-region_selected_twice = ビジネス プロファイルは国または地域ごとに 1 つだけです。{ $region } が 2 回選択されています。
issue-region_already_has_profile = { $region } のビジネス プロファイルは既に存在します。変更するには、地域サービス センターにお問い合わせください。
issue-location_unknown = このプロファイルには場所「{ $id }」はありません。
issue-solution_source_unknown = 「{ $id }」は、このビジネス プロファイルのアプリケーションやサービスのプロファイルではありません。
issue-solution_chosen_twice = ソリューション「{ $id }」が 2 回指定されています。
issue-location_solution_unknown = 場所から提供できるのは、このプロファイル自体のソリューションだけです。「{ $id }」はこのプロファイルのソリューションではありません。
issue-acknowledgement_required = 顧客紹介を記録したこと、およびインポートによって Pinpoint アカウントが閉鎖されることを確認してください。

## ビジネス プロファイルのルール (SPEC §3)

issue-region_invalid = 「{ $value }」は ISO 3166-1 の国コードまたは地域コードではありません。
issue-name_empty = 名前を入力してください。
issue-name_too_long = 名前が { $actual } 文字あります。上限は { $limit } 文字です。
issue-description_too_long = 説明が { $actual } 文字あります。上限は { $limit } 文字です。
issue-website_invalid = 「{ $value }」は Web アドレスではありません。https:// または http:// で始まる完全なアドレスを入力してください。
issue-linkedin_invalid = 「{ $value }」は LinkedIn の会社ページではありません。https://www.linkedin.com/company/your-company の形式で入力してください。
issue-logo_format_unsupported = ロゴは { $format } ファイルです。幅 { $limit } px 以下の GIF、JPG、PNG のいずれかで代わりのロゴをアップロードしてください。
issue-logo_too_wide = ロゴの幅は { $actual } px です。上限は { $limit } px です。幅 { $limit } px 以下の GIF、JPG、PNG のいずれかで代わりのロゴをアップロードしてください。
issue-logo_taller_than_wide = ロゴの高さ ({ $height } px) が幅 ({ $width } px) を超えています。横長のロゴのほうがきれいに表示されます。
issue-logo_url_invalid = 「{ $value }」はロゴの Web アドレスとして無効です。
issue-industry_unknown = 「{ $value }」はカタログにある業種ではありません。
issue-industries_too_many = { $actual } 個の業種が選択されています。上限は { $limit } 個です。
issue-industry_dropped = 「{ $value }」はカタログにある業種ではないため、インポートされません。
issue-service_type_unknown = 「{ $value }」はカタログにあるサービスの種類ではありません。
issue-product_unknown = 「{ $value }」はカタログにある Microsoft 製品ではありません。
issue-product_dropped = 「{ $value }」は Microsoft 製品ではないため、インポートされません。
issue-tag_empty = タグを空にすることはできません。
issue-tag_too_long = タグが { $actual } 文字あります。上限は { $limit } 文字です。
issue-tags_too_many = タグが { $actual } 個あります。上限は { $limit } 個です。
issue-tag_duplicate = タグ「{ $value }」は既に登録されています (大文字と小文字は区別されません)。
issue-target_sizes_empty = 顧客の規模を 1 つ以上選択してください。
issue-target_size_unknown = 「{ $value }」は顧客の規模ではありません。small (小規模)、medium (中規模)、large (大規模)、enterprise (エンタープライズ) のいずれかを使用してください。
issue-locations_empty = ビジネス プロファイルには、場所が 1 か所以上必要です。
issue-locations_too_many = 場所が { $actual } か所あります。ビジネス プロファイルの場所は最大 { $limit } か所です。一部を除外してください。
issue-location_outside_region = この場所は { $country } にあり、プロファイルの国または地域 ({ $region }) の範囲外です。
issue-location_address_duplicate = この住所は、{ $first } の場所の住所と同じです。
issue-location_name_empty = 場所の名前を入力してください。
issue-location_name_too_long = 場所の名前が { $actual } 文字あります。上限は { $limit } 文字です。
issue-address_incomplete = 住所に必要な項目がありません: { $field }。
issue-address_field_too_long = この住所欄に { $actual } 文字入力されています。上限は { $limit } 文字です。
issue-country_invalid = 「{ $value }」は ISO 3166-1 の国コードではありません。
issue-email_invalid = 「{ $value }」はメール アドレスではありません。
issue-phone_invalid = 「{ $value }」は電話番号ではありません。
issue-location_address_immutable = 住所は変更できません。場所を削除してから、もう一度追加してください。
issue-solution_name_empty = ソリューションの名前を入力してください。
issue-solution_name_too_long = ソリューション名が { $actual } 文字あります。上限は { $limit } 文字です。
issue-solution_name_duplicate = このプロファイルには、「{ $value }」という名前のソリューションが既にあります (大文字と小文字は区別されません)。
issue-solution_summary_too_long = 概要が { $actual } 文字あります。上限は { $limit } 文字です。
issue-solution_description_too_long = ソリューションの説明が { $actual } 文字あります。上限は { $limit } 文字です。
issue-solution_url_invalid = 「{ $value }」は Web アドレスではありません。https:// または http:// で始まる完全なアドレスを入力してください。
issue-solutions_import_only = ソリューションは、Pinpoint からのインポートでのみ作成できます。インポートしたソリューションは、引き続き編集または削除できます。
issue-solution_not_found = このプロファイルにはソリューション「{ $id }」はありません。
issue-csp_only = 新しいビジネス プロファイルを作成できるのは、クラウド ソリューション プロバイダー プログラムに登録しているパートナーだけです。代わりに、Pinpoint からインポートすることができます。サポートが必要な場合は、地域サービス センターにお問い合わせください。

## HTTP の問題 (API.md)。同じカタログがそのタイトルにも使われます

issue-validation_failed = 一部の値がビジネス プロファイルのルールに違反しています。
issue-role_required = お使いのロールは読み取り専用です。アカウント管理者に依頼するか、地域サービス センターにお問い合わせください。
issue-idempotency_key_reused = この Idempotency-Key は、別の要求で既に使用されています。
issue-idempotency_key_missing = Idempotency-Key ヘッダーは必須です。
issue-idempotency_key_in_progress = この Idempotency-Key を使用した要求はまだ処理中です。しばらくしてから再試行してください。
issue-profile_busy = このビジネス プロファイルは現在ほかの場所で変更中のため、何も変更されませんでした。しばらくしてから、もう一度お試しください。
issue-malformed_request = 要求の { $path } の形式が正しくありません: { $reason }。
issue-payload_too_large = 要求本文が { $limit } バイトを超えています。
issue-not_found = 見つかりません。
issue-unauthorized = もう一度サインインしてください。セッションが存在しないか、有効期限が切れています。
issue-method_not_allowed = このメソッドはここでは使用できません。
issue-request_timeout = サーバーの応答に時間がかかりすぎました。もう一度お試しください。
issue-request_body_timeout = 要求本文の受信に時間がかかりすぎたため、何も変更されませんでした。もう一度お試しください。
issue-rate_limited = 短時間に変更が集中したため、何も変更されませんでした。{ $retry_after } 秒後にもう一度お試しください。
issue-overloaded = サービスが混み合っているため、何も変更されませんでした。{ $retry_after } 秒後にもう一度お試しください。
issue-internal_error = サービス側で問題が発生したため、何も変更されませんでした。もう一度お試しください。
issue-storage_unavailable = ストレージが一時的に利用できないため、何も変更されませんでした。数秒後にもう一度お試しください。

### CLI とアプリで共通の語句。

label-referrals_not_imported = 顧客紹介 { $count } 件: インポートされません。インポートの前後にダウンロードしてください
label-reviews_not_imported = カスタマー レビュー { $count } 件: 機能が削除されたため、引き継がれません
label-dropped_product = 製品タグ「{ $value }」({ $profile }): Microsoft 製品ではありません
label-dropped_industry = 業種「{ $value }」({ $profile }): カタログにありません
label-excluded_location = 場所「{ $name }」({ $profile }): 除外
label-excluded_solution = ソリューション「{ $name }」({ $profile }): 除外
label-unselected_solution = ソリューション「{ $name }」({ $profile }): ビジネス プロファイルがインポートされません
label-unselected_profile = ビジネス プロファイル「{ $name }」({ $profile }): 未選択
label-more_issues = ほかに { $count } 件の問題があります (ここには表示されていません)
label-address_line1 = 1 行目
label-address_line2 = 2 行目
label-address_city = 市区町村
label-address_postal_code = 郵便番号
label-referral_new = 新規
label-referral_accepted = 承諾済み
label-referral_declined = 辞退
label-referral_won = 成約
label-referral_lost = 失注
label-referral_expired = 期限切れ

### オペレーター CLI のテキスト レポート。

cli-account = { $company } (Pinpoint アカウント { $account }、パートナー { $partner }): { $status }
cli-status_active = アクティブ
cli-status_closed = 閉鎖済み
cli-holdings = ビジネス プロファイル { $profiles } 件、アプリケーションやサービスのプロファイル { $solutions } 件、顧客紹介 { $referrals } 件、カスタマー レビュー { $reviews } 件
cli-error = エラー
cli-warning = 警告
cli-no_issue = 問題はありません。
cli-will_create = 作成される項目:
cli-profile_line = { $region } — { $name }: 場所 { $locations } か所、ソリューション { $solutions } 件
cli-not_imported = インポートされない項目:
cli-verdict_can_import = 判定: インポートできます。
cli-verdict_blocked = 判定: インポートできません — 修正が必要なエラーが { $errors } 件あります。
cli-verdict_needs_acknowledgements = 判定: エラーはありませんが、2 つの確認がまだ必要です。
cli-export_refused = エクスポート { $file } は拒否されました:
cli-check_valid = エクスポートはすべてのルールに準拠しています。
cli-check_invalid = エクスポートは { $errors } 件のルールに違反しています。

### アプリとウィジェット。


## シェル

app-product_name = パートナー センター
app-app_name = Pinpoint Transition
app-breadcrumb = 階層リンク
app-dashboard = ダッシュボード
app-account_settings = アカウント設定
app-business_profile = ビジネス プロファイル
app-loading = 読み込んでいます…
app-saving = 保存しています…
app-not_found_page = このページは存在しません。
app-back_to_profiles = ビジネス プロファイルに戻る
app-signed_out = Pinpoint Transition を使用するには、パートナー ポータルからサインインしてください。このページのアクセス トークンはポータルから渡されます。
app-sign_in_failed = サインインできませんでした。
app-service_centre = 地域サービス センターに問い合わせる
app-network_error = サーバーに接続できませんでした。接続を確認してから、もう一度お試しください。入力した内容は失われていません。
app-unexpected_answer = サーバーから予期しない応答がありました ({ $status })。
app-read_only_reason = お使いのロールは読み取り専用です。この変更は、アカウントまたはビジネス プロファイルの管理者が行うことができます。
app-read_only_notice = お使いのロールは読み取り専用です。インポートと編集には、管理者ロール (アカウント管理者、ビジネス プロファイル管理者、グローバル管理者、紹介管理者のいずれか) が必要です。
app-none = なし
app-optional = 省略可能
app-characters = { $count } / { $limit } 文字

## デモ

app-demo_banner = デモ モード
app-demo_signed_in_as = サインイン中のユーザー
app-demo_read_only = { $company } — 読み取り専用ユーザー

## ダッシュボードと設定

app-welcome = ようこそ、{ $company } 様
app-partner_id = パートナー ID { $id }
app-csp_member = クラウド ソリューション プロバイダー
app-dashboard_pinpoint_active = Pinpoint は廃止されました。ビジネス情報をパートナー センターのビジネス プロファイルに移行してください。
app-dashboard_pinpoint_closed = お使いの Pinpoint アカウントは閉鎖されています。ビジネス プロファイルはパートナー センターで管理してください。
app-dashboard_no_pinpoint = インポートできる Pinpoint アカウントはありません。
app-go_to_business_profile = ビジネス プロファイルへ移動
app-settings_intro = 組織が顧客にどのように表示されるかを管理します。
app-business_profile_card_text = 国または地域ごとのビジネス プロファイルと、その場所およびソリューションを管理します。

## ビジネス プロファイル: タブ

app-tab_profiles = プロファイル
app-tab_referrals = 顧客紹介
app-profiles_intro = ビジネス プロファイルは国または地域ごとに 1 つです。顧客はビジネス プロファイルから貴社を見つけます。
app-import_from_pinpoint = Pinpoint からインポート
app-import_from_pinpoint_text = Pinpoint のビジネス プロファイル、アプリケーション、サービスをパートナー センターにコピーします。実行前にすべての内容を確認できます。
app-create_profile = 新しいビジネス プロファイルを作成
app-create_profile_text = クラウド ソリューション プロバイダー パートナーは、プロファイルを一から作成することもできます。
app-pinpoint_closed_no_date = お使いの Pinpoint アカウントは閉鎖されています。
app-see_import = インポート結果を表示
app-no_profiles = ビジネス プロファイルはまだありません。
app-profile_summary = 場所 { $locations } か所 · ソリューション { $solutions } 件
app-region = 国または地域
app-manage = 管理
app-referrals_intro = 顧客紹介とは、Microsoft が Pinpoint を通じてお送りした営業リードです。顧客紹介はインポートされませんが、インポートの前後を問わず、ここからダウンロードできます。
app-download_csv = CSV をダウンロード
app-download_json = JSON をダウンロード
app-no_referrals = 顧客紹介はありません。
app-referral_customer = 顧客
app-referral_need = ニーズ
app-referral_status = 状態
app-referral_received = 受信日
app-referral_value = 取引金額
app-referral_contact = 担当者

## ウィザード

app-wizard_title = Pinpoint からインポート
app-wizard_steps = インポートの手順
app-step_of = ステップ { $n } / { $total }
app-step_account = Pinpoint アカウント
app-step_choose = プロファイルの選択
app-step_edit = プロファイルの編集
app-step_solutions = ソリューション
app-step_locations = 場所
app-step_preview = 確認とインポート
app-next = 次へ
app-back = 戻る
app-account_holds = お使いの Pinpoint アカウントの内容:
app-business_profiles = ビジネス プロファイル
app-app_profiles = アプリケーションのプロファイル
app-service_profiles = サービスのプロファイル
app-customer_referrals = 顧客紹介
app-customer_reviews = カスタマー レビュー
app-account_intro = ビジネス プロファイルは、パートナー センターのビジネス プロファイル (国または地域ごとに 1 つ) になり、アプリケーションやサービスのプロファイルは、そのソリューションになります。顧客紹介とカスタマー レビューはインポートされません。
app-account_closed_stop = この Pinpoint アカウントは閉鎖されているため、再度インポートすることはできません。
app-choose_intro = コピーする Pinpoint のビジネス プロファイルを選択してください。ビジネス プロファイルは国または地域ごとに 1 つ作成できます。
app-import_this_profile = 「{ $name }」({ $region }) をインポート
app-profile_counts = 場所 { $locations } か所、アプリケーションやサービスのプロファイル { $solutions } 件
app-nothing_chosen = 続行するには、プロファイルを 1 つ以上選択してください。
app-profile_picker = プロファイル
app-edit_intro = インポートする前に、各プロファイルを編集してください。パートナー センターのルールは入力中にチェックされます。
app-solutions_intro = アプリケーションやサービスのプロファイルは、ビジネス プロファイルのソリューションになります。取り込むものを選択して編集してください。
app-locations_intro = 取り込む場所 (1～{ $limit } か所) と、それぞれの場所から提供するソリューションを選択してください。
app-preview_intro = 実行される内容を確認してください。インポートを実行するまで、何も変更されません。
app-issues_heading = パートナー センターのチェック結果
app-issues_count = エラー { $errors } 件、警告 { $warnings } 件
app-no_issues = 問題は見つかりませんでした。
app-go_to_field = フィールドへ移動
app-error_prefix = エラー:
app-warning_prefix = 警告:
app-include_solution = 「{ $name }」をインポート
app-solution_app = アプリケーション
app-solution_service = サービス
app-import_location = 場所「{ $name }」をインポート
app-markets_heading = この場所から提供するソリューション
app-no_solutions_to_market = このプロファイルでインポートするソリューションはありません。
app-no_solutions = このプロファイルには、アプリケーションやサービスのプロファイルがありません。
app-will_be_created = 作成される項目
app-will_not_be_imported = インポートされない項目
app-was_not_imported = インポートされなかった項目
app-referrals = 顧客紹介 ({ $count })
app-dropped_products = Microsoft 製品ではない製品タグ
app-other_left_out = その他の除外項目
app-ack_referrals = 顧客紹介を記録またはダウンロードしました。
app-ack_closure = インポートすると Pinpoint アカウントが完全に閉鎖されることを理解しています。
app-closure_statement = インポートすると Pinpoint アカウントは完全に閉鎖され、再開することも、再度インポートすることもできなくなります。上記の項目はすべて一括で作成され、一部だけが作成されることはありません。
app-import_now = インポートして Pinpoint アカウントを閉鎖
app-importing = インポートしています… このページは開いたままにしてください。
app-retry_import = インポートを再試行
app-import_refused = インポートは拒否されました。編集内容は保持されています。
app-profile_of = プロファイル { $n }/{ $total }: { $name }
app-reviewed = 確認済み
app-blocked_errors = インポートするには、上に示されたエラー { $count } 件を修正してください。
app-blocked_acks = インポートするには、上の 2 つの確認にチェックを入れてください。
app-discard_title = 変更を破棄しますか?
app-discard_text = このインポートへの変更は失われます。何もインポートされず、Pinpoint アカウントは閉鎖されません。
app-discard = 変更を破棄
app-show_issues = 一覧を表示
app-hide_issues = 一覧を非表示
app-solutions = ソリューション
app-locations = 場所
app-marketed_here = 提供するソリューション: { $list }

## プロファイルのフィールド

app-field_name = 会社名
app-field_description = 説明
app-field_website = Web サイト
app-field_linkedin = LinkedIn の会社ページ
app-field_logo = ロゴ
app-logo_none = ロゴなし
app-add_logo = ロゴを追加
app-remove_logo = ロゴを削除
app-field_industries = 業種
app-field_products = Microsoft 製品
app-field_service_types = サービスの種類
app-field_tags = ソリューション、スキル、能力 (タグ)
app-tag_n = タグ { $n }
app-tags_count = タグ { $count } 個 (最大 { $limit } 個)
app-add_tag = タグを追加
app-remove_tag = タグ { $n } を削除
app-field_target_sizes = 対象とする顧客の規模
app-field_endorsements = 顧客がこのプロファイルを推薦できるようにする
app-section_info = パートナー情報
app-section_expertise = 専門分野
app-section_preferences = 基本設定
app-field_solution_name = ソリューション名
app-field_summary = 概要
app-field_solution_description = ソリューションの説明
app-field_url = Web アドレス
app-field_location_name = 場所の名前
app-field_phone = 電話番号
app-field_email = メール アドレス
app-field_line1 = 住所 (1 行目)
app-field_line2 = 住所 (2 行目)
app-field_city = 市区町村
app-field_postal_code = 郵便番号
app-field_country = 国
app-field_region = 国または地域

## プロファイル ページ

app-profile_not_found = このビジネス プロファイルは存在しません。
app-save_changes = 変更を保存
app-saved = 保存しました。
app-deleting = 削除しています…
app-reset_changes = 変更を元に戻す
app-address_immutable = 住所は編集できません。場所を移転するには、その場所を削除してから、もう一度追加してください。
app-locations_limit = ビジネス プロファイルの場所は 1～{ $limit } か所です (現在 { $count } か所)。
app-add_location = 場所を追加
app-new_location_n = 新しい場所 { $n }
app-remove_new_location = 新しい場所 { $n } を削除
app-correct_before_import = インポートする前に、この場所を修正してください。インポート後は住所を変更できません。
app-delete_location_named = 場所「{ $name }」を削除
app-save_location_named = 場所「{ $name }」を保存
app-delete_solution_named = ソリューション「{ $name }」を削除
app-cancel = キャンセル
app-delete_action = 削除
app-delete_location_title = 場所「{ $name }」を削除しますか?
app-delete_location_text = この場所の名前、住所、電話番号、メール アドレスと、この場所から提供しているソリューションが、このビジネス プロファイルから削除されます。この操作は元に戻せません。
app-delete_solution_title = ソリューション「{ $name }」を削除しますか?
app-delete_solution_text = このソリューションは、このビジネス プロファイルとすべての場所から削除されます。ソリューションは Pinpoint からのインポートでしか追加できないため、削除したソリューションを再び追加することはできません。
app-save_solutions = 「{ $name }」のソリューションを保存
app-no_solutions_left = このプロファイルにはソリューションがありません。
app-imported_from = Pinpoint のプロファイル { $id } からインポート

## 新しいプロファイル

app-new_profile_title = 新しいビジネス プロファイルを作成
app-new_profile_intro = 新しいプロファイルは、ソリューションがない状態で作成されます (ソリューションは Pinpoint からのインポートでのみ追加されます)。また、場所が 1 か所以上必要です。
app-first_location = 最初の場所
app-create_action = プロファイルを作成
app-creating = 作成しています…
app-csp_only_notice = 新しいビジネス プロファイルを作成できるのは、クラウド ソリューション プロバイダー パートナーだけです。

## 結果

app-results_title = インポートが完了しました
app-results_intro = { $date } にインポートしました。お使いの Pinpoint アカウントは閉鎖されました。
app-results_created = 作成されたビジネス プロファイル
app-results_warnings = 注意事項
app-import_id = インポート { $id }
app-open_profile = 「{ $name }」を開く

### カタログ名: 業種、サービスの種類、顧客の規模。

industry-agriculture = 農業
industry-automotive = 自動車
industry-education = 教育
industry-energy = エネルギー
industry-financial_services = 金融サービス
industry-government = 政府機関
industry-healthcare = 医療
industry-hospitality = 宿泊・飲食
industry-manufacturing = 製造
industry-media = メディア
industry-nonprofit = 非営利団体
industry-professional_services = プロフェッショナル サービス
industry-retail = 小売
industry-telecommunications = 通信
industry-transportation = 運輸
service-consulting = コンサルティング
service-deployment = 展開
service-development = 開発
service-implementation = 導入
service-integration = 統合
service-licensing = ライセンス
service-managed_services = マネージド サービス
service-migration = 移行
service-support = サポート
service-training = トレーニング
size-small = 小規模 (従業員 1～50 名)
size-medium = 中規模 (従業員 51～1,000 名)
size-large = 大規模 (従業員 1,001～10,000 名)
size-enterprise = エンタープライズ (従業員 10,000 名超)

### オペレーター CLI のその他の出力。

cli-error_line = エラー: { $error }
cli-ingested = { $files } 個のファイルを取り込みました: 作成 { $created } 件、更新 { $updated } 件、スキップ { $closed } 件 (インポート済み)、スキップ { $conflicts } 件 (ID の競合)、拒否 { $refused } 件。
cli-ingest_refused = { $file }: 拒否されました。何も読み込まれていません:
cli-ingest_created = { $file }: アカウント { $account } を作成しました
cli-ingest_updated = { $file }: アカウント { $account } を更新しました
cli-ingest_skipped_closed = { $file }: アカウント { $account } をスキップしました: インポート済み (閉鎖済み)
cli-ingest_skipped_conflict = { $file }: アカウント { $account } をスキップしました: パートナー ID またはアカウント ID が別のアカウントのものです
cli-backup_written = バックアップを { $path } に書き込みました ({ $bytes } バイト)。
cli-no_account = エラー: パートナー { $partner } の Pinpoint アカウントはありません
cli-stored_export_unparsable = エラー: 保存されているエクスポートを解析できません: { $error }

### 顧客紹介のダウンロード (CSV の列見出し)。

referrals-id = 紹介 ID
referrals-business_profile_id = ビジネス プロファイル ID
referrals-customer_name = 顧客
referrals-contact_name = 担当者名
referrals-contact_email = 担当者のメール アドレス
referrals-contact_phone = 担当者の電話番号
referrals-need = ニーズ
referrals-status = 状態
referrals-received_on = 受信日
referrals-deal_amount = 取引金額
referrals-deal_currency = 通貨

### 言語の切り替えと、国または地域の一覧。

app-language = 言語
app-region_search = 国または地域を検索
app-region_none = 「{ $text }」に一致する国または地域はありません。

## Results and embedding (issue 22)

app-results_success = Pinpoint アカウントからビジネス プロファイルを { $count } 件作成しました。
app-results_locations = 場所 { $count } か所
app-results_solutions = ソリューション { $count } 件
app-results_next_title = 今後の流れ
app-results_search_delay = パートナー センターの検索に新しいビジネス プロファイルが表示されるまで、最大 24 時間かかることがあります。それまでは、顧客がお客様のプロファイルを見つけられない場合があります。管理はここですぐに行えます。
app-results_referrals_text = 顧客紹介 { $count } 件はインポートされず、Pinpoint アカウントに残っています。コピーを保存するにはダウンロードしてください。
app-support_import_id = インポート ID (サポート用)
app-copy_action = コピー
app-copy_done = インポート ID をコピーしました。
app-copy_refused = ブラウザーでコピーが許可されませんでした。インポート ID が選択されているので、Ctrl+C (Mac では ⌘+C) を押してコピーしてください。
app-profiles_closed = お使いの Pinpoint アカウントは閉鎖されているため、インポートするものはありません。
app-profiles_imported = お使いの Pinpoint アカウントは下のビジネス プロファイルにインポートされ、閉鎖されました。
app-read_only_preview = お使いのロールは読み取り専用です。インポートのプレビューは表示できますが、インポートはできません。
app-preview_import = プレビューを開く
## Lists (issue 22)

app-list_details = 詳細
app-list_errors = エラー { $count } 件
app-list_solutions = ソリューション: { $solutions }
app-list_left_out = インポートしない
app-multi_remove = { $value } を削除
app-multi_added = { $value } を追加しました。
app-multi_removed = { $value } を削除しました。
app-multi_none = 「{ $text }」に一致する項目はありません。
app-multi_search = 入力して検索
app-multi_hint = 入力すると一覧が絞り込まれます。方向キーで項目を選び、Enter キーで追加します。空の欄で Backspace キーを押すと最後の項目が削除されます。
## Logo (issue 22)

issue-logo_unreadable = このファイルは読み取れる画像ではありません。幅 { $limit } px 以下の GIF、JPG、PNG のいずれかをアップロードしてください。
issue-logo_upload_unknown = アップロードされたロゴ「{ $id }」はお客様のものではありません。ロゴをもう一度アップロードしてください。
issue-logo_uploads_full = アップロード済みのロゴが既に { $limit } 個あり、いずれもビジネス プロファイルで使用されています。何もアップロードされませんでした。
app-logo_replace = ロゴを置き換える
app-logo_choose = 幅 300 px 以下の GIF、JPG、PNG 画像を選択してください
app-logo_uploading = ロゴをアップロードしています…
app-logo_facts = { $format }、{ $width } × { $height } px
app-logo_unavailable = { $url } のロゴはここに表示できません。形式とサイズは Pinpoint のエクスポートの情報です。
app-logo_alt = ロゴ

## Issue 23 — receipt

receipt-title = インポートの受領書
receipt-partner = パートナー
receipt-account = Pinpoint アカウント
receipt-import_id = インポート ID
receipt-imported_at = インポート日時 (UTC)
receipt-prepared_by = 準備した人
receipt-approved_by = 承認した人
receipt-no_approval = 2 人目の管理者による承認は求められませんでした。
receipt-plan_digest = 確認したプランのダイジェスト
receipt-no_plan_digest = このインポートは、プランにダイジェストが付く前に行われました。
receipt-created = 作成されたビジネス プロファイル
receipt-locations = 場所
receipt-solutions = ソリューション
receipt-not_imported = インポートされなかった項目
receipt-sha256 = この受領書の SHA-256
receipt-how_to_check = この値は、受領書の JSON (GET /api/v1/imports/{ $id }/receipt) を正規形式 (キーを並べ替え、空白なし) にしたものの SHA-256 です。再計算して、このページと一致することを確認してください。
receipt-print = 印刷
app-receipt_intro = この受領書を保管してください。移行した内容、準備した人、インポートされなかった項目が記録されています。SHA-256 で受領書を識別できます。
app-receipt_download_page = 印刷用の受領書をダウンロード (HTML)
app-receipt_download_json = 受領書をダウンロード (JSON)
app-receipt_preparing = 受領書を準備しています…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = { $person } としてサインイン中
## Issue 23 — plan digest

issue-plan_changed = プレビューを確認した後に、インポートする内容が変更されました (新しい Pinpoint エクスポート、ビジネス プロファイル、またはインポート ルール)。何もインポートされていません。新しいプレビューを確認してから、インポートしてください。
issue-plan_digest_required = 確認したプレビューのプラン ダイジェストを If-Match で送信してください。プレビューを開いてから、インポートしてください。
app-digest_checking = インポートする内容を確認しています…
app-digest_blocked = インポートする内容の確認が完了すると、インポートできるようになります。
app-digest_failed = インポートする内容を確認できませんでした。
app-drift_title = 確認した後に、インポートする内容が変更されました
app-drift_intro = 何もインポートされていません。プレビューの変更点は次のとおりです:
app-drift_none = プレビューは同じように見えますが、確認した後にビジネス プロファイルまたはインポート ルールが変更されました。
app-drift_review = もう一度確認
app-drift_added = { $name } ({ $region }) が新たに作成されます。
app-drift_removed = { $name } ({ $region }) は作成されなくなります。
app-drift_details = { $name }: 詳細が変更されました。
app-drift_solutions = { $name } のソリューション: 変更前 { $before }、現在 { $after }。
app-drift_locations = { $name } の場所: 変更前 { $before }、現在 { $after }。
app-drift_not_imported = インポートされない内容が変更されました。
app-drift_errors = プレビューに、インポートする前に修正が必要なエラーがあります。
## Issue 23 — drafts

issue-draft_changed = この下書きは、その間に別のタブまたは別のデバイスで保存されました。新しい下書きを読み込むか、内容を確認したうえでご自分の下書きで上書き保存してください。
app-draft_saved_at = { $time } に保存しました
app-draft_saving = 保存しています…
app-draft_not_saved = 保存されていません。
app-draft_retry = 再試行
app-draft_waiting = まだ保存されていません。短時間に保存が多すぎます。{ $seconds } 秒後にもう一度保存します。
app-draft_conflict_title = この下書きは別の場所で変更されました
app-draft_conflict_text = { $name } が { $time } に、別のタブまたは別のデバイスでこの下書きを保存しました。
app-draft_load_newer = 新しい下書きを読み込む
app-draft_keep_mine = 自分の下書きを保持する
app-draft_for_old_export = 保存された下書きは Pinpoint のエクスポートの以前のバージョンに基づいていたため、破棄されました。インポートは現在のエクスポートから開始します。
## Issue 23 — a second admin's approval

issue-approval_required = インポートには 2 人目の管理者が必要です。このインポートを承認のために送信すると、アカウントの別の管理者が承認します。
issue-approval_self = このインポートはご自分で送信したため、アカウントの別の管理者が承認または差し戻しを行います。送信は取り下げることができます。
issue-approval_not_submitter = このインポートを取り下げることができるのは、送信した管理者だけです。承認するか、コメントを付けて差し戻すことができます。
issue-draft_submitted = このインポートは 2 人目の管理者の承認を待っているため、現在は変更できません。送信した管理者は取り下げることができます。
issue-not_submitted = 承認を待っているインポートはありません。その間に承認、差し戻し、または取り下げが行われました。
issue-submission_changed = このインポートの送信後に、インポートされる内容が変更されました (新しい Pinpoint エクスポート、ビジネス プロファイル、またはインポート ルール)。何もインポートされていません。差し戻して、確認と再送信を依頼してください。
issue-settings_role_required = この設定を変更できるのは、アカウント管理者またはグローバル管理者だけです。
issue-comment_empty = インポートを送信した管理者へのコメントを入力してください。
issue-comment_too_long = コメントは { $max } 文字以内で入力してください。
issue-comment_invalid = コメントに保存できない制御文字が含まれています。削除してください。
issue-text_control_character = このフィールドには NUL などの制御文字を含めることはできません。削除してください。
issue-unsupported_media_type = 要求本文は、Content-Type: application/json ヘッダーを付けて送信する JSON である必要があります。

app-submit_for_approval = 承認のために送信
app-submitting = 送信しています… このページは開いたままにしてください。
app-approval_note = アカウントの別の管理者がこのインポートを確認して承認します。それまでは何もインポートされません。
app-submission_title = インポートがあなたの承認を待っています
app-submission_own_title = 2 人目の管理者の承認待ち
app-submitted_by = { $name } が { $date } { $time } にこのインポートを送信しました。
app-submission_own_note = アカウントの別の管理者が承認するか、差し戻します。それまでは変更できませんが、取り下げることはできます。
app-submission_other_note = インポートされる内容を、現在の Pinpoint エクスポートとビジネス プロファイルで改めて確認したものです。承認してインポートするか、コメントを付けて差し戻してください。
app-withdraw = 取り下げ
app-approve = 承認してインポート
app-approve_title = 承認してインポートしますか?
app-approve_text = インポートは今すぐ実行されます (準備: { $name }、承認: あなた)。その後 Pinpoint アカウントは廃止され、元に戻すことはできません。
app-return_title = コメントを付けて差し戻す
app-return_comment = { $name } へのコメント
app-return_button = 差し戻し
app-returned_by = { $name } が { $date } { $time } にこのインポートを差し戻しました。コメント:
app-returned_next = 変更を行ってから、もう一度承認のために送信してください。
app-working = 送信しています…
app-preview_intro_approval = 実行される内容を確認してください。送信したインポートをアカウントの別の管理者が承認するまで、何も変更されません。
app-results_approval = 準備: { $prepared }、承認: { $approved }。
app-approval_setting_title = Pinpoint からのインポート
app-approval_setting_label = インポートには 2 人目の管理者が必要
app-approval_setting_help = 1 人の管理者がインポートを準備して送信し、アカウントの別の管理者が承認してからインポートされます。
app-approval_setting_locked = この設定を変更できるのは、アカウント管理者またはグローバル管理者だけです。
