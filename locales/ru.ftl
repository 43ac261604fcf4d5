# Pinpoint Transition — русский (ru).
# Как переводить: docs/translating.md.

### Сообщения о проблемах: проблемы и замечания API, отчеты CLI, приложение.


## Экспорт Pinpoint (SPEC §2)

issue-export_too_large = Размер файла экспорта — { $actual } { $actual ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }; максимум — { $limit } { $limit ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }.
issue-export_not_json = Файл экспорта содержит недопустимый JSON (строка { $line }, столбец { $column }): { $reason }.
issue-export_format_unknown = Неизвестный формат экспорта «{ $found }»; ожидается «{ $expected }».
issue-export_field_missing = Отсутствует обязательное поле «{ $field }».
issue-export_malformed = У этого значения неверная структура: { $reason }.
issue-export_value_invalid = Значение «{ $value }» здесь недопустимо: ожидается { $expected }.
issue-duplicate_id = Идентификатор «{ $id }» уже используется в { $first }.
issue-dangling_reference = «{ $id }» не указывает ни на один элемент в { $target }.

## Запрос на импорт

issue-list_too_long = В этом списке { $actual } { $actual ->
        [one] элемент
        [few] элемента
        [many] элементов
       *[other] элемента
    }; максимум — { $limit }.
issue-pinpoint_account_closed = Эта учетная запись Pinpoint закрыта: она уже импортирована или выведена из эксплуатации, поэтому повторный импорт невозможен. Если вы этого не ожидали, обратитесь в региональный сервисный центр.
issue-selection_empty = Выберите хотя бы один бизнес-профиль Pinpoint для импорта.
issue-selection_profile_unknown = В вашей учетной записи Pinpoint нет бизнес-профиля «{ $id }».
issue-selection_duplicate = Профиль Pinpoint «{ $id }» выбран дважды.
issue-region_selected_twice = Для каждого региона допускается только один бизнес-профиль: регион { $region } выбран дважды.
issue-region_already_has_profile = У вас уже есть бизнес-профиль для страны или региона { $region }. Чтобы изменить его, обратитесь в региональный сервисный центр.
issue-location_unknown = В этом профиле нет расположения «{ $id }».
issue-solution_source_unknown = «{ $id }» не является профилем приложения или службы этого бизнес-профиля.
issue-solution_chosen_twice = Решение «{ $id }» указано дважды.
issue-location_solution_unknown = Расположение может предлагать только решения своего профиля; «{ $id }» к ним не относится.
issue-acknowledgement_required = Подтвердите, что вы сохранили у себя рекомендации клиентов и что импорт закроет вашу учетную запись Pinpoint.

## Правила бизнес-профиля (SPEC §3)

issue-region_invalid = «{ $value }» не является кодом страны или региона ISO 3166-1.
issue-name_empty = Введите название.
issue-name_too_long = Название содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-description_too_long = Описание содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-website_invalid = «{ $value }» не является веб-адресом: введите полный адрес, начинающийся с https:// или http://.
issue-linkedin_invalid = «{ $value }» не является страницей компании в LinkedIn: используйте адрес вида https://www.linkedin.com/company/your-company.
issue-logo_format_unsupported = Логотип представлен в формате { $format }; загрузите замену в формате GIF, JPG или PNG шириной не более { $limit } пикс.
issue-logo_too_wide = Ширина логотипа — { $actual } пикс.; максимум — { $limit } пикс. Загрузите замену в формате GIF, JPG или PNG шириной не более { $limit } пикс.
issue-logo_taller_than_wide = Высота логотипа ({ $height } пикс.) больше его ширины ({ $width } пикс.): горизонтальный логотип выглядит лучше.
issue-logo_url_invalid = «{ $value }» не является допустимым веб-адресом логотипа.
issue-industry_unknown = Отрасли «{ $value }» нет в каталоге.
issue-industries_too_many = Вы выбрали { $actual } { $actual ->
        [one] отрасль
        [few] отрасли
        [many] отраслей
       *[other] отрасли
    }; максимум — { $limit }.
issue-industry_dropped = Отрасли «{ $value }» нет в каталоге: это значение не будет импортировано.
issue-service_type_unknown = Типа услуг «{ $value }» нет в каталоге.
issue-product_unknown = Продукта Microsoft «{ $value }» нет в каталоге.
issue-product_dropped = «{ $value }» не является продуктом Microsoft: это значение не будет импортировано.
issue-tag_empty = Тег не может быть пустым.
issue-tag_too_long = Тег содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-tags_too_many = Вы указали { $actual } { $actual ->
        [one] тег
        [few] тега
        [many] тегов
       *[other] тега
    }; максимум — { $limit }.
issue-tag_duplicate = Тег «{ $value }» уже есть в списке (без учета регистра).
issue-target_sizes_empty = Выберите хотя бы один размер компаний-клиентов.
issue-target_size_unknown = «{ $value }» не является размером компании-клиента: используйте small (малая), medium (средняя), large (крупная) или enterprise (корпорация).
issue-locations_empty = В бизнес-профиле должно быть хотя бы одно расположение.
issue-locations_too_many = Вы выбрали { $actual } { $actual ->
        [one] расположение
        [few] расположения
        [many] расположений
       *[other] расположения
    }, а в бизнес-профиле может быть не более { $limit }. Исключите лишние.
issue-location_outside_region = Это расположение находится в стране { $country }, за пределами региона профиля ({ $region }).
issue-location_address_duplicate = Этот адрес совпадает с адресом расположения в { $first }.
issue-location_name_empty = Введите название расположения.
issue-location_name_too_long = Название расположения содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-address_incomplete = Укажите в адресе { $field }.
issue-address_field_too_long = Это поле адреса содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-country_invalid = «{ $value }» не является кодом страны ISO 3166-1.
issue-email_invalid = «{ $value }» не является адресом электронной почты.
issue-phone_invalid = «{ $value }» не является номером телефона.
issue-location_address_immutable = Адрес нельзя изменить: удалите расположение и добавьте его снова.
issue-solution_name_empty = Введите название решения.
issue-solution_name_too_long = Название решения содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-solution_name_duplicate = Другое решение этого профиля уже называется «{ $value }» (без учета регистра).
issue-solution_summary_too_long = Краткое описание содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-solution_description_too_long = Описание решения содержит { $actual } { $actual ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $limit }.
issue-solution_url_invalid = «{ $value }» не является веб-адресом: введите полный адрес, начинающийся с https:// или http://.
issue-solutions_import_only = Решения можно создать только путем импорта из Pinpoint. Импортированные решения по-прежнему можно изменять и удалять.
issue-solution_not_found = В этом профиле нет решения «{ $id }».
issue-csp_only = Создавать новые бизнес-профили могут только партнеры, участвующие в программе поставщиков облачных решений; вместо этого вы можете импортировать профили из Pinpoint. Если вам нужна помощь, обратитесь в региональный сервисный центр.

## Проблемы HTTP (API.md); их заголовки берутся из того же каталога

issue-validation_failed = Некоторые значения нарушают правила бизнес-профиля.
issue-role_required = Ваша роль позволяет только просматривать данные. Обратитесь к администратору учетной записи или в региональный сервисный центр.
issue-idempotency_key_reused = Этот ключ Idempotency-Key уже использовался в другом запросе.
issue-idempotency_key_missing = Требуется заголовок Idempotency-Key.
issue-idempotency_key_in_progress = Запрос с этим ключом Idempotency-Key еще выполняется; повторите попытку чуть позже.
issue-profile_busy = Этот бизнес-профиль сейчас изменяется в другом месте; ничего не изменено. Повторите попытку чуть позже.
issue-malformed_request = Неверный формат запроса в { $path }: { $reason }.
issue-payload_too_large = Размер тела запроса превышает { $limit } { $limit ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }.
issue-not_found = Не найдено.
issue-unauthorized = Войдите снова: сеанс не найден или истек.
issue-method_not_allowed = Этот метод здесь не разрешен.
issue-request_timeout = Сервер слишком долго не отвечал; повторите попытку.
issue-request_body_timeout = Тело запроса поступало слишком медленно; ничего не изменено. Повторите попытку.
issue-rate_limited = Слишком много изменений за короткое время; ничего не изменено. Повторите попытку через { $retry_after } { $retry_after ->
        [one] секунду
        [few] секунды
        [many] секунд
       *[other] секунды
    }.
issue-overloaded = Служба перегружена; ничего не изменено. Повторите попытку через { $retry_after } { $retry_after ->
        [one] секунду
        [few] секунды
        [many] секунд
       *[other] секунды
    }.
issue-internal_error = На нашей стороне произошла ошибка; ничего не изменено. Повторите попытку.
issue-storage_unavailable = Наше хранилище временно недоступно; ничего не изменено. Повторите попытку через несколько секунд.

### Слова, общие для CLI и приложения.

label-referrals_not_imported = { $count } { $count ->
        [one] рекомендация клиента
        [few] рекомендации клиентов
        [many] рекомендаций клиентов
       *[other] рекомендации клиентов
    }: рекомендации никогда не импортируются — скачайте их до и после импорта
label-reviews_not_imported = { $count } { $count ->
        [one] отзыв клиента
        [few] отзыва клиентов
        [many] отзывов клиентов
       *[other] отзыва клиентов
    }: отзывы не переносятся, так как эта функция удалена
label-dropped_product = тег продукта «{ $value }» ({ $profile }): не является продуктом Microsoft
label-dropped_industry = отрасль «{ $value }» ({ $profile }): нет в каталоге
label-excluded_location = расположение «{ $name }» ({ $profile }): исключено
label-excluded_solution = решение «{ $name }» ({ $profile }): исключено
label-unselected_solution = решение «{ $name }» ({ $profile }): его бизнес-профиль не импортируется
label-unselected_profile = бизнес-профиль «{ $name }» ({ $profile }): не выбран
label-more_issues = и еще { $count } { $count ->
        [one] проблема здесь не показана
        [few] проблемы здесь не показаны
        [many] проблем здесь не показано
       *[other] проблемы здесь не показаны
    }
label-address_line1 = первую строку
label-address_line2 = вторую строку
label-address_city = город
label-address_postal_code = почтовый индекс
label-referral_new = Новая
label-referral_accepted = Принята
label-referral_declined = Отклонена
label-referral_won = Выиграна
label-referral_lost = Проиграна
label-referral_expired = Срок истек

### Текстовые отчеты CLI для оператора.

cli-account = { $company } (учетная запись Pinpoint { $account }, партнер { $partner }): { $status }
cli-status_active = активна
cli-status_closed = закрыта
cli-holdings = { $profiles } { $profiles ->
        [one] бизнес-профиль
        [few] бизнес-профиля
        [many] бизнес-профилей
       *[other] бизнес-профиля
    }, { $solutions } { $solutions ->
        [one] профиль приложения или службы
        [few] профиля приложений или служб
        [many] профилей приложений или служб
       *[other] профиля приложений или служб
    }, { $referrals } { $referrals ->
        [one] рекомендация клиента
        [few] рекомендации клиентов
        [many] рекомендаций клиентов
       *[other] рекомендации клиентов
    }, { $reviews } { $reviews ->
        [one] отзыв клиента
        [few] отзыва клиентов
        [many] отзывов клиентов
       *[other] отзыва клиентов
    }
cli-error = ошибка
cli-warning = предупреждение
cli-no_issue = Проблем нет.
cli-will_create = Будет создано:
cli-profile_line = { $region } — { $name }: { $locations } { $locations ->
        [one] расположение
        [few] расположения
        [many] расположений
       *[other] расположения
    }, { $solutions } { $solutions ->
        [one] решение
        [few] решения
        [many] решений
       *[other] решения
    }
cli-not_imported = Не будет импортировано:
cli-verdict_can_import = Итог: импорт возможен.
cli-verdict_blocked = Итог: импорт невозможен — нужно исправить { $errors } { $errors ->
        [one] ошибку
        [few] ошибки
        [many] ошибок
       *[other] ошибки
    }.
cli-verdict_needs_acknowledgements = Итог: ошибок нет, но еще нужны оба подтверждения.
cli-export_refused = Файл экспорта { $file } отклонен:
cli-check_valid = Файл экспорта соответствует всем правилам.
cli-check_invalid = Файл экспорта нарушает { $errors } { $errors ->
        [one] правило
        [few] правила
        [many] правил
       *[other] правила
    }.

### Приложение и виджет.


## Оболочка

app-product_name = Центр партнеров
app-app_name = Pinpoint Transition
app-breadcrumb = Навигационная цепочка
app-dashboard = Информационная панель
app-account_settings = Параметры учетной записи
app-business_profile = Бизнес-профиль
app-loading = Загрузка…
app-saving = Сохранение…
app-not_found_page = Такой страницы не существует.
app-back_to_profiles = Назад к бизнес-профилям
app-signed_out = Чтобы использовать Pinpoint Transition, войдите через портал партнеров: портал передает этой странице ваш маркер доступа.
app-sign_in_failed = Не удалось войти.
app-service_centre = Обратитесь в региональный сервисный центр
app-network_error = Не удалось подключиться к серверу. Проверьте подключение и повторите попытку; данные не потеряны.
app-unexpected_answer = Сервер вернул непредвиденный ответ ({ $status }).
app-read_only_reason = Ваша роль позволяет только просматривать данные: это изменение может внести администратор учетной записи или бизнес-профиля.
app-read_only_notice = Ваша роль позволяет только просматривать данные: для импорта и изменения нужна роль администратора учетной записи, администратора бизнес-профиля, глобального администратора или администратора рекомендаций.
app-none = Нет
app-optional = необязательно
app-characters = { $count } / { $limit } { $limit ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }

## Демонстрация

app-demo_banner = Демонстрационный режим
app-demo_signed_in_as = Вы вошли как
app-demo_read_only = { $company } — пользователь с правами только на чтение

## Информационная панель и параметры

app-welcome = Добро пожаловать, { $company }
app-partner_id = Идентификатор партнера: { $id }
app-csp_member = Поставщик облачных решений
app-dashboard_pinpoint_active = Работа Pinpoint прекращена. Перенесите сведения о своей компании в бизнес-профили Центра партнеров.
app-dashboard_pinpoint_closed = Ваша учетная запись Pinpoint закрыта. Управляйте бизнес-профилями в Центре партнеров.
app-dashboard_no_pinpoint = У вас нет учетной записи Pinpoint для импорта.
app-go_to_business_profile = Перейти к бизнес-профилю
app-settings_intro = Управляйте тем, как ваша организация представлена клиентам.
app-business_profile_card_text = Бизнес-профили по странам или регионам, их расположения и решения.

## Бизнес-профиль: вкладки

app-tab_profiles = Профили
app-tab_referrals = Рекомендации клиентов
app-profiles_intro = Один бизнес-профиль на страну или регион. По ним клиенты находят вашу компанию.
app-import_from_pinpoint = Импортировать из Pinpoint
app-import_from_pinpoint_text = Скопируйте свои бизнес-профили, приложения и службы из Pinpoint в Центр партнеров. Перед импортом вы сможете все проверить.
app-create_profile = Создать новый бизнес-профиль
app-create_profile_text = Как партнер по программе поставщиков облачных решений вы также можете создать профиль с нуля.
app-pinpoint_closed_no_date = Ваша учетная запись Pinpoint закрыта.
app-see_import = Посмотреть результаты импорта
app-no_profiles = У вас еще нет бизнес-профилей.
app-profile_summary = { $locations } { $locations ->
        [one] расположение
        [few] расположения
        [many] расположений
       *[other] расположения
    } · { $solutions } { $solutions ->
        [one] решение
        [few] решения
        [many] решений
       *[other] решения
    }
app-region = Страна или регион
app-manage = Управление
app-referrals_intro = Рекомендации клиентов — это потенциальные клиенты, которых Microsoft направляла вам через Pinpoint. Они никогда не импортируются и остаются доступными для скачивания здесь — и до, и после импорта.
app-download_csv = Скачать CSV
app-download_json = Скачать JSON
app-no_referrals = Рекомендаций клиентов нет.
app-referral_customer = Клиент
app-referral_need = Потребность
app-referral_status = Состояние
app-referral_received = Дата получения
app-referral_value = Сумма сделки
app-referral_contact = Контакт

## Мастер

app-wizard_title = Импортировать из Pinpoint
app-wizard_steps = Этапы импорта
app-step_of = Шаг { $n } из { $total }
app-step_account = Ваша учетная запись Pinpoint
app-step_choose = Выбор профилей
app-step_edit = Изменение профилей
app-step_solutions = Решения
app-step_locations = Расположения
app-step_preview = Проверка и импорт
app-next = Далее
app-back = Назад
app-account_holds = В вашей учетной записи Pinpoint есть:
app-business_profiles = Бизнес-профили
app-app_profiles = Профили приложений
app-service_profiles = Профили служб
app-customer_referrals = Рекомендации клиентов
app-customer_reviews = Отзывы клиентов
app-account_intro = Бизнес-профили становятся бизнес-профилями Центра партнеров (по одному на страну или регион), а профили приложений или служб — их решениями. Рекомендации и отзывы клиентов не импортируются.
app-account_closed_stop = Эта учетная запись Pinpoint закрыта: повторный импорт невозможен.
app-choose_intro = Выберите бизнес-профили Pinpoint, которые нужно скопировать. Для каждой страны или региона может быть только один бизнес-профиль.
app-import_this_profile = Импортировать «{ $name }» ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] расположение
        [few] расположения
        [many] расположений
       *[other] расположения
    }, { $solutions } { $solutions ->
        [one] профиль приложения или службы
        [few] профиля приложений или служб
        [many] профилей приложений или служб
       *[other] профиля приложений или служб
    }
app-nothing_chosen = Чтобы продолжить, выберите хотя бы один профиль.
app-profile_picker = Профиль
app-edit_intro = Измените каждый профиль перед импортом. Соответствие правилам Центра партнеров проверяется по мере ввода.
app-solutions_intro = Профили приложений или служб становятся решениями бизнес-профиля. Выберите, какие из них перенести, и измените их.
app-locations_intro = Выберите расположения для переноса (от 1 до { $limit }) и для каждого из них — решения для организации продаж из этого расположения.
app-preview_intro = Проверьте, что произойдет. Пока вы не выберете «Импортировать», ничего не изменится.
app-issues_heading = Проверки Центра партнеров
app-issues_count = { $errors } { $errors ->
        [one] ошибка
        [few] ошибки
        [many] ошибок
       *[other] ошибки
    }, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
        [many] предупреждений
       *[other] предупреждения
    }
app-no_issues = Проблем не обнаружено.
app-go_to_field = Перейти к полю
app-error_prefix = Ошибка:
app-warning_prefix = Предупреждение:
app-include_solution = Импортировать «{ $name }»
app-solution_app = Приложение
app-solution_service = Служба
app-import_location = Импортировать расположение «{ $name }»
app-markets_heading = Решения для организации продаж из этого расположения
app-no_solutions_to_market = Для этого профиля не импортируется ни одно решение.
app-no_solutions = В этом профиле нет профилей приложений или служб.
app-will_be_created = Будет создано
app-will_not_be_imported = Не будет импортировано
app-was_not_imported = Не импортировано
app-referrals = Рекомендации клиентов ({ $count })
app-dropped_products = Теги продуктов, которые не являются продуктами Microsoft
app-other_left_out = Также не включено
app-ack_referrals = Мои рекомендации клиентов записаны или скачаны.
app-ack_closure = Я понимаю, что импорт навсегда закроет мою учетную запись Pinpoint.
app-closure_statement = Импорт навсегда закроет вашу учетную запись Pinpoint: ее нельзя будет открыть снова или импортировать повторно. Все перечисленное выше создается за один раз — или не создается ничего.
app-import_now = Импортировать и закрыть мою учетную запись Pinpoint
app-importing = Идет импорт… Не закрывайте эту страницу.
app-retry_import = Повторить импорт
app-import_refused = Импорт отклонен; ваши изменения сохранены.
app-profile_of = Профиль { $n } из { $total }: { $name }
app-reviewed = Проверено
app-blocked_errors = { $count ->
        [one] Чтобы импортировать, исправьте { $count } ошибку, указанную выше.
        [few] Чтобы импортировать, исправьте { $count } ошибки, указанные выше.
        [many] Чтобы импортировать, исправьте { $count } ошибок, указанных выше.
       *[other] Чтобы импортировать, исправьте { $count } ошибки, указанные выше.
    }
app-blocked_acks = Чтобы импортировать, отметьте оба подтверждения выше.
app-discard_title = Отменить изменения?
app-discard_text = Изменения этого импорта будут потеряны. Ничего не импортируется, и ваша учетная запись Pinpoint останется открытой.
app-discard = Отменить изменения
app-show_issues = Показать список
app-hide_issues = Скрыть список
app-solutions = Решения
app-locations = Расположения
app-marketed_here = Предлагаемые решения: { $list }

## Поля профиля

app-field_name = Название компании
app-field_description = Описание
app-field_website = Веб-сайт
app-field_linkedin = Страница компании в LinkedIn
app-field_logo = Логотип
app-logo_none = Без логотипа
app-add_logo = Добавить логотип
app-remove_logo = Удалить логотип
app-field_industries = Отрасли
app-field_products = Продукты Microsoft
app-field_service_types = Типы услуг
app-field_tags = Решения, навыки и возможности (теги)
app-tag_n = Тег { $n }
app-tags_count = Тегов: { $count } из { $limit } возможных
app-add_tag = Добавить тег
app-remove_tag = Удалить тег { $n }
app-field_target_sizes = Целевые размеры компаний-клиентов
app-field_endorsements = Разрешить клиентам одобрять этот профиль
app-section_info = Сведения о партнере
app-section_expertise = Компетенции
app-section_preferences = Предпочтения
app-field_solution_name = Название решения
app-field_summary = Краткое описание
app-field_solution_description = Описание решения
app-field_url = Веб-адрес
app-field_location_name = Название расположения
app-field_phone = Телефон
app-field_email = Электронная почта
app-field_line1 = Адрес, строка 1
app-field_line2 = Адрес, строка 2
app-field_city = Город
app-field_postal_code = Почтовый индекс
app-field_country = Страна
app-field_region = Страна или регион

## Страница профиля

app-profile_not_found = Такого бизнес-профиля не существует.
app-save_changes = Сохранить изменения
app-saved = Сохранено.
app-deleting = Удаление…
app-reset_changes = Отменить изменения
app-address_immutable = Адрес нельзя изменить: чтобы перенести расположение, удалите его и добавьте снова.
app-locations_limit = В бизнес-профиле может быть от 1 до { $limit } { $limit ->
        [one] расположения
        [few] расположений
        [many] расположений
       *[other] расположения
    } (сейчас — { $count }).
app-add_location = Добавить расположение
app-new_location_n = Новое расположение { $n }
app-remove_new_location = Удалить новое расположение { $n }
app-correct_before_import = Исправьте это расположение перед импортом: после импорта его адрес изменить будет нельзя.
app-delete_location_named = Удалить расположение «{ $name }»
app-save_location_named = Сохранить расположение «{ $name }»
app-delete_solution_named = Удалить решение «{ $name }»
app-cancel = Отмена
app-delete_action = Удалить
app-delete_location_title = Удалить расположение «{ $name }»?
app-delete_location_text = Его название, адрес, номер телефона и адрес электронной почты, а также предлагаемые в нем решения будут удалены из этого бизнес-профиля. Это действие нельзя отменить.
app-delete_solution_title = Удалить решение «{ $name }»?
app-delete_solution_text = Оно будет удалено из этого бизнес-профиля и из всех расположений. Удаленное решение нельзя будет добавить снова: решения появляются только в результате импорта из Pinpoint.
app-save_solutions = Сохранить решения профиля «{ $name }»
app-no_solutions_left = В этом профиле нет решений.
app-imported_from = Импортировано из профиля Pinpoint { $id }

## Новый профиль

app-new_profile_title = Создать новый бизнес-профиль
app-new_profile_intro = Новый профиль создается без решений (они появляются только в результате импорта из Pinpoint), и в нем должно быть хотя бы одно расположение.
app-first_location = Первое расположение
app-create_action = Создать профиль
app-creating = Создание…
app-csp_only_notice = Создавать новые бизнес-профили могут только партнеры по программе поставщиков облачных решений.

## Результаты

app-results_title = Импорт завершен
app-results_intro = Дата импорта: { $date }. Ваша учетная запись Pinpoint закрыта.
app-results_created = Созданные бизнес-профили
app-results_warnings = Примечания
app-import_id = Импорт { $id }
app-open_profile = Открыть «{ $name }»

### Названия из каталогов: отрасли, типы услуг, размеры компаний-клиентов.

industry-agriculture = Сельское хозяйство
industry-automotive = Автомобильная промышленность
industry-education = Образование
industry-energy = Энергетика
industry-financial_services = Финансовые услуги
industry-government = Государственный сектор
industry-healthcare = Здравоохранение
industry-hospitality = Гостиничный и ресторанный бизнес
industry-manufacturing = Производство
industry-media = Средства массовой информации
industry-nonprofit = Некоммерческие организации
industry-professional_services = Профессиональные услуги
industry-retail = Розничная торговля
industry-telecommunications = Телекоммуникации
industry-transportation = Транспорт
service-consulting = Консалтинг
service-deployment = Развертывание
service-development = Разработка
service-implementation = Внедрение
service-integration = Интеграция
service-licensing = Лицензирование
service-managed_services = Управляемые службы
service-migration = Миграция
service-support = Поддержка
service-training = Обучение
size-small = Малая (1–50 сотрудников)
size-medium = Средняя (51–1 000 сотрудников)
size-large = Крупная (1 001–10 000 сотрудников)
size-enterprise = Корпорация (более 10 000 сотрудников)

### Прочий вывод CLI для оператора.

cli-error_line = ошибка: { $error }
cli-ingested = { $files } { $files ->
        [one] файл обработан
        [few] файла обработаны
        [many] файлов обработано
       *[other] файла обработаны
    }. Учетные записи — создано: { $created }, обновлено: { $updated }, пропущено как уже импортированные: { $closed }, пропущено из-за конфликта идентификаторов: { $conflicts }. Отклонено файлов: { $refused }.
cli-ingest_refused = { $file }: отклонен, ничего не загружено:
cli-ingest_created = { $file }: учетная запись { $account } создана
cli-ingest_updated = { $file }: учетная запись { $account } обновлена
cli-ingest_skipped_closed = { $file }: учетная запись { $account } пропущена: уже импортирована (закрыта)
cli-ingest_skipped_conflict = { $file }: учетная запись { $account } пропущена: идентификатор партнера или учетной записи принадлежит другой учетной записи
cli-backup_written = Резервная копия записана в файл { $path } ({ $bytes } { $bytes ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }).
cli-no_account = ошибка: нет учетной записи Pinpoint для партнера { $partner }
cli-stored_export_unparsable = ошибка: не удается разобрать сохраненные данные экспорта: { $error }

### Скачивание рекомендаций клиентов (заголовки столбцов CSV).

referrals-id = Идентификатор рекомендации
referrals-business_profile_id = Идентификатор бизнес-профиля
referrals-customer_name = Клиент
referrals-contact_name = Контактное лицо
referrals-contact_email = Эл. почта контактного лица
referrals-contact_phone = Телефон контактного лица
referrals-need = Потребность
referrals-status = Состояние
referrals-received_on = Дата получения
referrals-deal_amount = Сумма сделки
referrals-deal_currency = Валюта

### Выбор языка и список стран или регионов.

app-language = Язык
app-region_search = Поиск страны или региона
app-region_none = Страны или регионы по запросу «{ $text }» не найдены.

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Из вашей учетной записи Pinpoint создан { $count } бизнес-профиль.
        [few] Из вашей учетной записи Pinpoint созданы { $count } бизнес-профиля.
        [many] Из вашей учетной записи Pinpoint создано { $count } бизнес-профилей.
       *[other] Из вашей учетной записи Pinpoint создано { $count } бизнес-профиля.
    }
app-results_locations = { $count } { $count ->
        [one] расположение
        [few] расположения
        [many] расположений
       *[other] расположения
    }
app-results_solutions = { $count } { $count ->
        [one] решение
        [few] решения
        [many] решений
       *[other] решения
    }
app-results_next_title = Что дальше
app-results_search_delay = Поиск Центра партнеров может показать новые бизнес-профили только через 24 часа: до этого клиенты могут не найти ваши. Управлять ими здесь можно уже сейчас.
app-results_referrals_text = { $count ->
        [one] { $count } рекомендация клиента не импортирована: она остается в вашей учетной записи Pinpoint. Скачайте ее, чтобы сохранить копию.
        [few] { $count } рекомендации клиентов не импортированы: они остаются в вашей учетной записи Pinpoint. Скачайте их, чтобы сохранить копию.
        [many] { $count } рекомендаций клиентов не импортировано: они остаются в вашей учетной записи Pinpoint. Скачайте их, чтобы сохранить копию.
       *[other] { $count } рекомендации клиентов не импортировано: они остаются в вашей учетной записи Pinpoint. Скачайте их, чтобы сохранить копию.
    }
app-support_import_id = Идентификатор импорта (для службы поддержки)
app-copy_action = Копировать
app-copy_done = Идентификатор импорта скопирован.
app-copy_refused = Браузер не разрешил копирование. Идентификатор импорта выделен: нажмите CTRL+C (⌘+C на Mac), чтобы скопировать его.
app-profiles_closed = Ваша учетная запись Pinpoint закрыта: импортировать нечего.
app-profiles_imported = Ваша учетная запись Pinpoint импортирована в бизнес-профили ниже и теперь закрыта.
app-read_only_preview = Ваша роль позволяет только просмотр: вы можете открыть предварительный просмотр импорта, но не импортировать.
app-preview_import = Открыть предварительный просмотр
## Lists (issue 22)

app-list_details = Подробности
app-list_errors = { $count } { $count ->
        [one] ошибка
        [few] ошибки
        [many] ошибок
       *[other] ошибки
    }
app-list_solutions = Решения: { $solutions }
app-list_left_out = Не импортируется
app-multi_remove = Удалить { $value }
app-multi_added = Добавлено: { $value }
app-multi_removed = Удалено: { $value }
app-multi_none = По запросу «{ $text }» ничего не найдено.
app-multi_search = Введите для поиска
app-multi_hint = Введите текст, чтобы отфильтровать список, затем выберите элемент клавишами со стрелками и добавьте его клавишей ВВОД. Клавиша BACKSPACE в пустом поле удаляет последний элемент.
## Logo (issue 22)

issue-logo_unreadable = Этот файл не является читаемым изображением; загрузите GIF, JPG или PNG шириной не более { $limit } пикс.
issue-logo_upload_unknown = Загруженный логотип «{ $id }» вам не принадлежит; загрузите логотип ещё раз.
issue-logo_uploads_full = У вас уже { $limit } загруженных логотипов, и каждый используется бизнес-профилем; ничего не загружено.
app-logo_replace = Заменить логотип
app-logo_choose = Выберите изображение GIF, JPG или PNG шириной не более 300 пикс.
app-logo_uploading = Загрузка логотипа…
app-logo_facts = { $format }, { $width } × { $height } пикс.
app-logo_unavailable = Логотип по адресу { $url } нельзя показать здесь; формат и размер взяты из вашего экспорта Pinpoint.
app-logo_alt = Ваш логотип

## Issue 23 — receipt

receipt-title = Квитанция об импорте
receipt-partner = Партнер
receipt-account = Учетная запись Pinpoint
receipt-import_id = Идентификатор импорта
receipt-imported_at = Дата импорта (UTC)
receipt-prepared_by = Подготовил
receipt-approved_by = Утвердил
receipt-no_approval = Утверждение вторым администратором не запрашивалось.
receipt-plan_digest = Хэш проверенного плана
receipt-no_plan_digest = Этот импорт выполнен до того, как у планов появился хэш.
receipt-created = Созданные бизнес-профили
receipt-locations = Расположения
receipt-solutions = Решения
receipt-not_imported = Не импортировано
receipt-sha256 = SHA-256 этой квитанции
receipt-how_to_check = Это значение — SHA-256 JSON-документа квитанции (GET /api/v1/imports/{ $id }/receipt) в каноническом виде: ключи отсортированы, без пробелов. Вычислите его заново, чтобы убедиться, что эта страница ему соответствует.
receipt-print = Печать
app-receipt_intro = Сохраните эту квитанцию: в ней указано, что было перенесено, кто подготовил импорт и что не было импортировано. Квитанцию идентифицирует ее SHA-256.
app-receipt_download_page = Скачать квитанцию для печати (HTML)
app-receipt_download_json = Скачать квитанцию (JSON)
app-receipt_preparing = Подготовка квитанции…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = Вы вошли как { $person }
## Issue 23 — plan digest

issue-plan_changed = То, что вы импортируете, изменилось после того, как вы проверили предварительный просмотр (более новый экспорт Pinpoint, ваши бизнес-профили или правила импорта); ничего не импортировано. Проверьте новый предварительный просмотр, затем выполните импорт.
issue-plan_digest_required = Передайте в If-Match дайджест плана проверенного предварительного просмотра: откройте предварительный просмотр, затем выполните импорт.
app-digest_checking = Проверка того, что будет импортировано…
app-digest_blocked = Импорт станет доступен после проверки того, что будет импортировано.
app-digest_failed = Не удалось проверить, что будет импортировано.
app-drift_title = То, что вы импортируете, изменилось после вашей проверки
app-drift_intro = Ничего не импортировано. Эти изменения теперь отражены в предварительном просмотре:
app-drift_none = Предварительный просмотр выглядит так же, но ваши бизнес-профили или правила импорта изменились после вашей проверки.
app-drift_review = Проверить снова
app-drift_added = { $name } ({ $region }) теперь будет создан.
app-drift_removed = { $name } ({ $region }) больше не будет создан.
app-drift_details = { $name }: сведения изменились.
app-drift_solutions = Решения { $name }: было { $before }, теперь { $after }.
app-drift_locations = Расположения { $name }: было { $before }, теперь { $after }.
app-drift_not_imported = Изменилось то, что не будет импортировано.
app-drift_errors = В предварительном просмотре теперь есть ошибки, которые нужно исправить перед импортом.
## Issue 23 — drafts

issue-draft_changed = Этот черновик тем временем был сохранен на другой вкладке или на другом устройстве; загрузите более новый черновик или осознанно сохраните свой вместо него.
app-draft_saved_at = Сохранено в { $time }
app-draft_saving = Сохранение…
app-draft_not_saved = Не сохранено.
app-draft_retry = Повторить
app-draft_waiting = Пока не сохранено: слишком много сохранений за короткое время. Повторная попытка через { $seconds } с.
app-draft_conflict_title = Этот черновик был изменен в другом месте
app-draft_conflict_text = { $name } сохранил(а) этот черновик в { $time } на другой вкладке или на другом устройстве.
app-draft_load_newer = Загрузить более новый черновик
app-draft_keep_mine = Оставить мой
app-draft_for_old_export = Сохраненный черновик относился к более ранней версии вашего экспорта Pinpoint, поэтому он отложен: импорт начинается заново с текущего экспорта.
## Issue 23 — a second admin's approval

issue-approval_required = Для импорта нужен второй администратор: отправьте этот импорт на утверждение, и другой администратор вашей учетной записи утвердит его.
issue-approval_self = Этот импорт отправили вы, поэтому его утверждает или возвращает другой администратор вашей учетной записи. Вы можете отозвать его.
issue-approval_not_submitter = Отозвать этот импорт может только администратор, который его отправил. Вы можете утвердить его или вернуть с комментарием.
issue-draft_submitted = Этот импорт ожидает утверждения вторым администратором, и сейчас его нельзя изменить. Администратор, который его отправил, может отозвать его.
issue-not_submitted = Ни один импорт не ожидает утверждения: тем временем его утвердили, вернули или отозвали.
issue-submission_changed = То, что было бы импортировано, изменилось после отправки этого импорта (более новый экспорт Pinpoint, ваши бизнес-профили или правила импорта); ничего не импортировано. Верните его, чтобы его проверили и отправили снова.
issue-settings_role_required = Изменить этот параметр может только администратор учетной записи или глобальный администратор.
issue-comment_empty = Напишите комментарий для администратора, который отправил импорт.
issue-comment_too_long = Комментарий может содержать не более { $max } символов.
issue-comment_invalid = Комментарий содержит управляющие символы, которые нельзя сохранить. Удалите их.
issue-text_control_character = Это поле не может содержать управляющие символы, например NUL. Удалите их.
issue-unsupported_media_type = Тело запроса должно быть в формате JSON и отправляться с заголовком Content-Type: application/json.

app-submit_for_approval = Отправить на утверждение
app-submitting = Отправка… не закрывайте эту страницу.
app-approval_note = Другой администратор вашей учетной записи проверяет этот импорт и утверждает его. До этого ничего не импортируется.
app-submission_title = Импорт ожидает вашего утверждения
app-submission_own_title = Ожидает утверждения вторым администратором
app-submitted_by = { $name } отправил(а) этот импорт { $date } в { $time }.
app-submission_own_note = Другой администратор вашей учетной записи утверждает его или возвращает вам. До этого его нельзя изменить, но можно отозвать.
app-submission_other_note = Вот что будет импортировано, повторно проверенное по вашему экспорту Pinpoint и бизнес-профилям в их текущем состоянии. Утвердите импорт, чтобы выполнить его, или верните с комментарием.
app-withdraw = Отозвать
app-approve = Утвердить и импортировать
app-approve_title = Утвердить и импортировать?
app-approve_text = Импорт выполняется сейчас: подготовил(а) { $name }, утвердили вы. После этого ваша учетная запись Pinpoint перестает использоваться, и это действие нельзя отменить.
app-return_title = Вернуть с комментарием
app-return_comment = Комментарий для: { $name }
app-return_button = Вернуть
app-returned_by = { $name } вернул(а) этот импорт { $date } в { $time } с комментарием:
app-returned_next = Внесите изменения, затем снова отправьте импорт на утверждение.
app-working = Отправка…
app-preview_intro_approval = Проверьте, что произойдет. Пока вы не отправите импорт и другой администратор вашей учетной записи не утвердит его, ничего не изменится.
app-results_approval = Подготовил(а): { $prepared }, утвердил(а): { $approved }.
app-approval_setting_title = Импорт из Pinpoint
app-approval_setting_label = Для импорта нужен второй администратор
app-approval_setting_help = Один администратор готовит и отправляет импорт; другой администратор вашей учетной записи утверждает его, прежде чем что-либо будет импортировано.
app-approval_setting_locked = Изменить этот параметр может только администратор учетной записи или глобальный администратор.
