# Pinpoint Transition — español (es). Traducción de la configuración regional de referencia, en.ftl:
# los mismos mensajes, con las mismas variables.
# Cómo traducir: docs/translating.md.

### Mensajes de incidencias: problemas e incidencias de la API, informes de la CLI, la aplicación.


## La exportación de Pinpoint (SPEC §2)

issue-export_too_large = La exportación ocupa { $actual } bytes; el límite es de { $limit } bytes.
issue-export_not_json = La exportación no es un JSON válido (línea { $line }, columna { $column }): { $reason }.
issue-export_format_unknown = Formato de exportación desconocido: «{ $found }»; se esperaba «{ $expected }».
issue-export_field_missing = Falta el campo obligatorio «{ $field }».
issue-export_malformed = Este valor no tiene la estructura esperada: { $reason }.
issue-export_value_invalid = «{ $value }» no es válido aquí: se esperaba { $expected }.
issue-duplicate_id = El identificador «{ $id }» ya se usa en { $first }.
issue-dangling_reference = «{ $id }» no hace referencia a ningún elemento de { $target }.

## La solicitud de importación

issue-list_too_long = Esta lista tiene { $actual } entradas; el límite es { $limit }.
issue-pinpoint_account_closed = Esta cuenta de Pinpoint está cerrada: ya se importó o se retiró y no se puede volver a importar. Si cree que se trata de un error, póngase en contacto con su Centro de servicios regional.
issue-selection_empty = Seleccione al menos un perfil de negocio de Pinpoint para importarlo.
issue-selection_profile_unknown = Su cuenta de Pinpoint no tiene ningún perfil de negocio «{ $id }».
issue-selection_duplicate = El perfil de Pinpoint «{ $id }» está seleccionado dos veces.
issue-region_selected_twice = Solo puede haber un perfil de negocio por región: { $region } se ha seleccionado dos veces.
issue-region_already_has_profile = Ya tiene un perfil de negocio para { $region }. Para cambiarlo, póngase en contacto con su Centro de servicios regional.
issue-location_unknown = Este perfil no tiene ninguna ubicación «{ $id }».
issue-solution_source_unknown = «{ $id }» no es un perfil de servicio o aplicación de este perfil de negocio.
issue-solution_chosen_twice = La solución «{ $id }» aparece dos veces.
issue-location_solution_unknown = Una ubicación solo puede comercializar las soluciones de su propio perfil; «{ $id }» no es una de ellas.
issue-acknowledgement_required = Confirme que ha anotado sus referencias de clientes y que entiende que la importación cierra su cuenta de Pinpoint.

## Reglas del perfil de negocio (SPEC §3)

issue-region_invalid = «{ $value }» no es un código de país o región ISO 3166-1.
issue-name_empty = Escriba un nombre.
issue-name_too_long = El nombre tiene { $actual } caracteres; el límite es { $limit }.
issue-description_too_long = La descripción tiene { $actual } caracteres; el límite es { $limit }.
issue-website_invalid = «{ $value }» no es una dirección web: escriba una dirección completa que empiece por https:// o http://.
issue-linkedin_invalid = «{ $value }» no es una página de empresa de LinkedIn: use https://www.linkedin.com/company/su-empresa.
issue-logo_format_unsupported = El logotipo es un archivo { $format }; cargue un reemplazo en GIF, JPG o PNG, de { $limit } px de ancho como máximo.
issue-logo_too_wide = El logotipo mide { $actual } px de ancho; el límite es { $limit } px. Cargue un reemplazo en GIF, JPG o PNG, de { $limit } px de ancho como máximo.
issue-logo_taller_than_wide = El logotipo es más alto ({ $height } px) que ancho ({ $width } px): un logotipo horizontal se ve mejor.
issue-logo_url_invalid = «{ $value }» no es una dirección web válida para el logotipo.
issue-industry_unknown = «{ $value }» no es un sector del catálogo.
issue-industries_too_many = Hay { $actual } sectores seleccionados; el límite es { $limit }.
issue-industry_dropped = «{ $value }» no es un sector del catálogo: no se importa.
issue-service_type_unknown = «{ $value }» no es un tipo de servicio del catálogo.
issue-product_unknown = «{ $value }» no es un producto de Microsoft del catálogo.
issue-product_dropped = «{ $value }» no es un producto de Microsoft: no se importa.
issue-tag_empty = Una etiqueta no puede estar vacía.
issue-tag_too_long = La etiqueta tiene { $actual } caracteres; el límite es { $limit }.
issue-tags_too_many = { $actual } etiquetas; el límite es { $limit }.
issue-tag_duplicate = La etiqueta «{ $value }» ya figura en la lista (sin distinguir mayúsculas y minúsculas).
issue-target_sizes_empty = Elija al menos un tamaño de cliente.
issue-target_size_unknown = «{ $value }» no es un tamaño de cliente: use small (pequeña), medium (mediana), large (grande) o enterprise (muy grande).
issue-locations_empty = Un perfil de negocio necesita al menos una ubicación.
issue-locations_too_many = { $actual } ubicaciones; un perfil de negocio admite como máximo { $limit }. Excluya algunas.
issue-location_outside_region = Esta ubicación (país: { $country }) está fuera de la región { $region } del perfil.
issue-location_address_duplicate = Esta dirección es la misma que la de la ubicación en { $first }.
issue-location_name_empty = Escriba un nombre para la ubicación.
issue-location_name_too_long = El nombre de la ubicación tiene { $actual } caracteres; el límite es { $limit }.
issue-address_incomplete = A la dirección le falta { $field }.
issue-address_field_too_long = Este campo de la dirección tiene { $actual } caracteres; el límite es { $limit }.
issue-country_invalid = «{ $value }» no es un código de país ISO 3166-1.
issue-email_invalid = «{ $value }» no es una dirección de correo electrónico.
issue-phone_invalid = «{ $value }» no es un número de teléfono.
issue-location_address_immutable = Una dirección no se puede cambiar: elimine la ubicación y vuelva a agregarla.
issue-solution_name_empty = Escriba un nombre para la solución.
issue-solution_name_too_long = El nombre de la solución tiene { $actual } caracteres; el límite es { $limit }.
issue-solution_name_duplicate = Otra solución de este perfil ya se llama «{ $value }» (sin distinguir mayúsculas y minúsculas).
issue-solution_summary_too_long = El resumen tiene { $actual } caracteres; el límite es { $limit }.
issue-solution_description_too_long = La descripción de la solución tiene { $actual } caracteres; el límite es { $limit }.
issue-solution_url_invalid = «{ $value }» no es una dirección web: escriba una dirección completa que empiece por https:// o http://.
issue-solutions_import_only = Las soluciones solo se pueden crear importándolas desde Pinpoint. Puede seguir modificando o eliminando las que ya importó.
issue-solution_not_found = Este perfil no tiene ninguna solución «{ $id }».
issue-csp_only = Solo los partners inscritos en el programa Proveedor de soluciones en la nube pueden crear un nuevo perfil de negocio; en su lugar, puede importar desde Pinpoint. Si necesita ayuda, póngase en contacto con su Centro de servicios regional.

## Problemas HTTP (API.md); este mismo catálogo les da título

issue-validation_failed = Algunos valores no cumplen las reglas del perfil de negocio.
issue-role_required = Su rol solo permite la lectura. Solicite ayuda a un administrador de la cuenta o póngase en contacto con su Centro de servicios regional.
issue-idempotency_key_reused = Esta clave Idempotency-Key ya se ha usado con otra solicitud.
issue-idempotency_key_missing = El encabezado Idempotency-Key es obligatorio.
issue-idempotency_key_in_progress = Todavía se está procesando una solicitud con esta clave Idempotency-Key; vuelva a intentarlo en un momento.
issue-profile_busy = Este perfil de negocio se está modificando en otro lugar en este momento; no se ha cambiado nada. Vuelva a intentarlo en un momento.
issue-malformed_request = La solicitud tiene un formato incorrecto en { $path }: { $reason }.
issue-payload_too_large = El cuerpo de la solicitud supera los { $limit } bytes.
issue-not_found = No encontrado.
issue-unauthorized = Vuelva a iniciar sesión: su sesión no existe o ha expirado.
issue-method_not_allowed = Este método no está permitido aquí.
issue-request_timeout = El servidor tardó demasiado en responder; vuelva a intentarlo.
issue-request_body_timeout = El cuerpo de la solicitud llegó demasiado despacio; no se ha cambiado nada. Vuelva a intentarlo.
issue-rate_limited = Demasiados cambios en poco tiempo; no se ha cambiado nada. Vuelva a intentarlo dentro de { $retry_after } { $retry_after ->
        [one] segundo
       *[other] segundos
    }.
issue-overloaded = El servicio está sobrecargado; no se ha cambiado nada. Vuelva a intentarlo dentro de { $retry_after } { $retry_after ->
        [one] segundo
       *[other] segundos
    }.
issue-internal_error = Se ha producido un error por nuestra parte; no se ha cambiado nada. Vuelva a intentarlo.
issue-storage_unavailable = Nuestro almacenamiento no está disponible en este momento; no se ha cambiado nada. Vuelva a intentarlo en unos segundos.

### Textos compartidos por la CLI y la aplicación.

label-referrals_not_imported = { $count } { $count ->
        [one] referencia de cliente: no se importa nunca; descárguela
       *[other] referencias de clientes: no se importan nunca; descárguelas
    } antes y después de la importación
label-reviews_not_imported = { $count } { $count ->
        [one] opinión de cliente: no se transfiere
       *[other] opiniones de clientes: no se transfieren
    } porque la función se ha eliminado
label-dropped_product = etiqueta de producto «{ $value }» ({ $profile }): no es un producto de Microsoft
label-dropped_industry = sector «{ $value }» ({ $profile }): no figura en el catálogo
label-excluded_location = ubicación «{ $name }» ({ $profile }): excluida
label-excluded_solution = solución «{ $name }» ({ $profile }): excluida
label-unselected_solution = solución «{ $name }» ({ $profile }): no se importa el perfil de negocio al que pertenece
label-unselected_profile = perfil de negocio «{ $name }» ({ $profile }): no seleccionado
label-more_issues = y { $count } { $count ->
        [one] problema más que no se muestra aquí
       *[other] problemas más que no se muestran aquí
    }
label-address_line1 = una primera línea
label-address_line2 = una segunda línea
label-address_city = una ciudad
label-address_postal_code = un código postal
label-referral_new = Nueva
label-referral_accepted = Aceptada
label-referral_declined = Rechazada
label-referral_won = Ganada
label-referral_lost = Perdida
label-referral_expired = Expirada

### Los informes de texto de la CLI del operador.

cli-account = { $company } (cuenta de Pinpoint { $account }, partner { $partner }): { $status }
cli-status_active = activa
cli-status_closed = cerrada
cli-holdings = { $profiles } { $profiles ->
        [one] perfil de negocio
       *[other] perfiles de negocio
    }, { $solutions } { $solutions ->
        [one] perfil de servicio o aplicación
       *[other] perfiles de servicios o aplicaciones
    }, { $referrals } { $referrals ->
        [one] referencia de cliente
       *[other] referencias de clientes
    }, { $reviews } { $reviews ->
        [one] opinión de cliente
       *[other] opiniones de clientes
    }
cli-error = error
cli-warning = advertencia
cli-no_issue = No hay ningún problema.
cli-will_create = Se creará lo siguiente:
cli-profile_line = { $region } — { $name }: { $locations } { $locations ->
        [one] ubicación
       *[other] ubicaciones
    }, { $solutions } { $solutions ->
        [one] solución
       *[other] soluciones
    }
cli-not_imported = No se importará lo siguiente:
cli-verdict_can_import = Veredicto: se puede importar.
cli-verdict_blocked = Veredicto: no se puede importar; hay que corregir { $errors } { $errors ->
        [one] error
       *[other] errores
    }.
cli-verdict_needs_acknowledgements = Veredicto: ningún error; aún faltan las dos confirmaciones.
cli-export_refused = Se rechaza la exportación { $file }:
cli-check_valid = La exportación cumple todas las reglas.
cli-check_invalid = La exportación incumple { $errors } { $errors ->
        [one] regla
       *[other] reglas
    }.

### La aplicación y el widget.


## Estructura

app-product_name = Centro de partners
app-app_name = Pinpoint Transition
app-breadcrumb = Ruta de navegación
app-dashboard = Panel
app-account_settings = Configuración de la cuenta
app-business_profile = Perfil de negocio
app-loading = Cargando…
app-saving = Guardando…
app-not_found_page = Esta página no existe.
app-back_to_profiles = Volver a los perfiles de negocio
app-signed_out = Inicie sesión a través del portal de partners para usar Pinpoint Transition: el portal proporciona su token de acceso a esta página.
app-sign_in_failed = No se pudo iniciar sesión.
app-service_centre = Póngase en contacto con su Centro de servicios regional
app-network_error = No se pudo conectar con el servidor. Compruebe la conexión y vuelva a intentarlo; no se ha perdido nada.
app-unexpected_answer = El servidor devolvió una respuesta inesperada ({ $status }).
app-read_only_reason = Su rol solo permite la lectura: este cambio lo puede hacer un administrador de la cuenta o del perfil de negocio.
app-read_only_notice = Su rol solo permite la lectura: para importar y modificar se necesita un rol de administrador (de la cuenta, del perfil de negocio, global o de referencias).
app-none = Ninguno
app-optional = opcional
app-characters = { $count } / { $limit } caracteres

## Demostración

app-demo_banner = Modo de demostración
app-demo_signed_in_as = Sesión iniciada como
app-demo_read_only = { $company } — usuario de solo lectura

## Panel y configuración

app-welcome = Le damos la bienvenida, { $company }
app-partner_id = ID de partner { $id }
app-csp_member = Proveedor de soluciones en la nube (CSP)
app-dashboard_pinpoint_active = Pinpoint se ha retirado. Traslade su presencia comercial a perfiles de negocio del Centro de partners.
app-dashboard_pinpoint_closed = Su cuenta de Pinpoint está cerrada. Administre sus perfiles de negocio en el Centro de partners.
app-dashboard_no_pinpoint = No tiene ninguna cuenta de Pinpoint que importar.
app-go_to_business_profile = Ir al perfil de negocio
app-settings_intro = Administre cómo ven los clientes a su organización.
app-business_profile_card_text = Perfiles de negocio por país o región, con sus ubicaciones y soluciones.

## Perfil de negocio: pestañas

app-tab_profiles = Perfiles
app-tab_referrals = Referencias de clientes
app-profiles_intro = Un perfil de negocio por país o región. Los clientes le encuentran a través de ellos.
app-import_from_pinpoint = Importar desde Pinpoint
app-import_from_pinpoint_text = Copie sus perfiles de negocio, aplicaciones y servicios de Pinpoint en el Centro de partners. Podrá revisarlo todo antes de que se aplique ningún cambio.
app-create_profile = Crear un nuevo perfil de negocio
app-create_profile_text = Como partner del programa Proveedor de soluciones en la nube, también puede crear un perfil desde cero.
app-pinpoint_closed_no_date = Su cuenta de Pinpoint está cerrada.
app-see_import = Ver los resultados de la importación
app-no_profiles = Todavía no tiene ningún perfil de negocio.
app-profile_summary = { $locations } { $locations ->
        [one] ubicación
       *[other] ubicaciones
    } · { $solutions } { $solutions ->
        [one] solución
       *[other] soluciones
    }
app-region = País o región
app-manage = Administrar
app-referrals_intro = Las referencias de clientes son los clientes potenciales que Microsoft le envió a través de Pinpoint. No se importan nunca y se pueden descargar aquí antes y después de la importación.
app-download_csv = Descargar CSV
app-download_json = Descargar JSON
app-no_referrals = No hay referencias de clientes.
app-referral_customer = Cliente
app-referral_need = Necesidad
app-referral_status = Estado
app-referral_received = Fecha de recepción
app-referral_value = Valor de la operación
app-referral_contact = Contacto

## Asistente

app-wizard_title = Importar desde Pinpoint
app-wizard_steps = Pasos de la importación
app-step_of = Paso { $n } de { $total }
app-step_account = Su cuenta de Pinpoint
app-step_choose = Elegir perfiles
app-step_edit = Modificar perfiles
app-step_solutions = Soluciones
app-step_locations = Ubicaciones
app-step_preview = Revisar e importar
app-next = Siguiente
app-back = Atrás
app-account_holds = Su cuenta de Pinpoint contiene:
app-business_profiles = Perfiles de negocio
app-app_profiles = Perfiles de aplicaciones
app-service_profiles = Perfiles de servicios
app-customer_referrals = Referencias de clientes
app-customer_reviews = Opiniones de los clientes
app-account_intro = Los perfiles de negocio pasan a ser perfiles de negocio del Centro de partners (uno por país o región) y los perfiles de servicios o aplicaciones, sus soluciones. Las referencias de clientes y las opiniones no se importan.
app-account_closed_stop = Esta cuenta de Pinpoint está cerrada y no se puede volver a importar.
app-choose_intro = Elija los perfiles de negocio de Pinpoint que quiere copiar. Puede tener un perfil de negocio por país o región.
app-import_this_profile = Importar «{ $name }» ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] ubicación
       *[other] ubicaciones
    }, { $solutions } { $solutions ->
        [one] perfil de servicio o aplicación
       *[other] perfiles de servicios o aplicaciones
    }
app-nothing_chosen = Elija al menos un perfil para continuar.
app-profile_picker = Perfil
app-edit_intro = Modifique cada perfil antes de importarlo. Las reglas del Centro de partners se comprueban mientras escribe.
app-solutions_intro = Los perfiles de servicios o aplicaciones pasan a ser soluciones del perfil de negocio. Elija cuáles quiere incluir y modifíquelos.
app-locations_intro = Elija las ubicaciones que quiere incluir (de 1 a { $limit }) y, para cada una, las soluciones que se comercializarán desde ella.
app-preview_intro = Compruebe lo que va a ocurrir. No se cambiará nada hasta que seleccione Importar.
app-issues_heading = Comprobaciones del Centro de partners
app-issues_count = { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] advertencia
       *[other] advertencias
    }
app-no_issues = No se ha encontrado ningún problema.
app-go_to_field = Ir al campo
app-error_prefix = Error:
app-warning_prefix = Advertencia:
app-include_solution = Importar «{ $name }»
app-solution_app = Aplicación
app-solution_service = Servicio
app-import_location = Importar la ubicación «{ $name }»
app-markets_heading = Soluciones que se comercializan desde esta ubicación
app-no_solutions_to_market = No se importa ninguna solución para este perfil.
app-no_solutions = Este perfil no tiene ningún perfil de servicio o aplicación.
app-will_be_created = Se creará
app-will_not_be_imported = No se importará
app-was_not_imported = No importado
app-referrals = Referencias de clientes ({ $count })
app-dropped_products = Etiquetas de producto que no son productos de Microsoft
app-other_left_out = Otros elementos excluidos
app-ack_referrals = He anotado o descargado mis referencias de clientes.
app-ack_closure = Entiendo que la importación cierra definitivamente mi cuenta de Pinpoint.
app-closure_statement = La importación cierra definitivamente su cuenta de Pinpoint: no se podrá volver a abrir ni a importar. Todo lo que aparece arriba se crea de una sola vez; si algo falla, no se crea nada.
app-import_now = Importar y cerrar mi cuenta de Pinpoint
app-importing = Importando… No cierre esta página.
app-retry_import = Reintentar la importación
app-import_refused = Se rechazó la importación; sus cambios se conservan.
app-profile_of = Perfil { $n } de { $total }: { $name }
app-reviewed = Revisado
app-blocked_errors = { $count ->
        [one] Para importar, corrija el error indicado arriba.
       *[other] Para importar, corrija los { $count } errores indicados arriba.
    }
app-blocked_acks = Para importar, marque las dos confirmaciones de arriba.
app-discard_title = ¿Descartar los cambios?
app-discard_text = Se perderán los cambios de esta importación. No se importa nada y su cuenta de Pinpoint sigue abierta.
app-discard = Descartar los cambios
app-show_issues = Mostrar la lista
app-hide_issues = Ocultar la lista
app-solutions = Soluciones
app-locations = Ubicaciones
app-marketed_here = Comercializa: { $list }

## Campos del perfil

app-field_name = Nombre de la empresa
app-field_description = Descripción
app-field_website = Sitio web
app-field_linkedin = Página de empresa de LinkedIn
app-field_logo = Logotipo
app-logo_none = Sin logotipo
app-add_logo = Agregar un logotipo
app-remove_logo = Quitar el logotipo
app-field_industries = Sectores
app-field_products = Productos de Microsoft
app-field_service_types = Tipos de servicio
app-field_tags = Soluciones, aptitudes y capacidades (etiquetas)
app-tag_n = Etiqueta { $n }
app-tags_count = { $count } de { $limit } etiquetas como máximo
app-add_tag = Agregar una etiqueta
app-remove_tag = Quitar la etiqueta { $n }
app-field_target_sizes = Tamaños de cliente a los que se dirige
app-field_endorsements = Permitir que los clientes respalden este perfil
app-section_info = Información del partner
app-section_expertise = Especialización
app-section_preferences = Preferencias
app-field_solution_name = Nombre de la solución
app-field_summary = Resumen
app-field_solution_description = Descripción de la solución
app-field_url = Dirección web
app-field_location_name = Nombre de la ubicación
app-field_phone = Teléfono
app-field_email = Correo electrónico
app-field_line1 = Línea 1 de la dirección
app-field_line2 = Línea 2 de la dirección
app-field_city = Ciudad
app-field_postal_code = Código postal
app-field_country = País
app-field_region = País o región

## Página del perfil

app-profile_not_found = Este perfil de negocio no existe.
app-save_changes = Guardar los cambios
app-saved = Guardado.
app-deleting = Eliminando…
app-reset_changes = Deshacer los cambios
app-address_immutable = Una dirección no se puede modificar: para trasladar una ubicación, elimínela y vuelva a agregarla.
app-locations_limit = Un perfil de negocio tiene de 1 a { $limit } ubicaciones (ahora tiene { $count }).
app-add_location = Agregar una ubicación
app-new_location_n = Nueva ubicación { $n }
app-remove_new_location = Quitar la nueva ubicación { $n }
app-correct_before_import = Corrija esta ubicación antes de importarla: una vez importada, su dirección ya no se podrá cambiar.
app-delete_location_named = Eliminar la ubicación «{ $name }»
app-save_location_named = Guardar la ubicación «{ $name }»
app-delete_solution_named = Eliminar la solución «{ $name }»
app-cancel = Cancelar
app-delete_action = Eliminar
app-delete_location_title = ¿Eliminar la ubicación «{ $name }»?
app-delete_location_text = El nombre, la dirección, el número de teléfono y la dirección de correo electrónico de la ubicación, así como las soluciones que comercializa, se quitarán de este perfil de negocio. Esta acción no se puede deshacer.
app-delete_solution_title = ¿Eliminar la solución «{ $name }»?
app-delete_solution_text = La solución se quitará de este perfil de negocio y de todas las ubicaciones. Una solución eliminada no se puede volver a agregar nunca: las soluciones solo proceden de la importación desde Pinpoint.
app-save_solutions = Guardar las soluciones de «{ $name }»
app-no_solutions_left = Este perfil no tiene ninguna solución.
app-imported_from = Importado del perfil de Pinpoint { $id }

## Nuevo perfil

app-new_profile_title = Crear un nuevo perfil de negocio
app-new_profile_intro = Un perfil nuevo empieza sin soluciones (las soluciones solo proceden de la importación desde Pinpoint) y necesita al menos una ubicación.
app-first_location = Primera ubicación
app-create_action = Crear el perfil
app-creating = Creando…
app-csp_only_notice = Solo los partners del programa Proveedor de soluciones en la nube pueden crear un nuevo perfil de negocio.

## Resultados

app-results_title = Importación completada
app-results_intro = Importación realizada el { $date }. Su cuenta de Pinpoint ya está cerrada.
app-results_created = Perfiles de negocio creados
app-results_warnings = Notas
app-import_id = Importación { $id }
app-open_profile = Abrir «{ $name }»

### Nombres del catálogo: sectores, tipos de servicio, tamaños de cliente.

industry-agriculture = Agricultura
industry-automotive = Automoción
industry-education = Educación
industry-energy = Energía
industry-financial_services = Servicios financieros
industry-government = Administración pública
industry-healthcare = Sanidad
industry-hospitality = Hostelería
industry-manufacturing = Fabricación
industry-media = Medios de comunicación
industry-nonprofit = Organizaciones sin ánimo de lucro
industry-professional_services = Servicios profesionales
industry-retail = Comercio minorista
industry-telecommunications = Telecomunicaciones
industry-transportation = Transporte
service-consulting = Consultoría
service-deployment = Despliegue
service-development = Desarrollo
service-implementation = Implementación
service-integration = Integración
service-licensing = Licencias
service-managed_services = Servicios administrados
service-migration = Migración
service-support = Soporte técnico
service-training = Formación
size-small = Pequeña (1–50 empleados)
size-medium = Mediana (51–1000 empleados)
size-large = Grande (1001–10.000 empleados)
size-enterprise = Muy grande (más de 10.000 empleados)

### Otras salidas de la CLI del operador.

cli-error_line = error: { $error }
cli-ingested = { $files } { $files ->
        [one] archivo procesado
       *[other] archivos procesados
    }: { $created } { $created ->
        [one] creado
       *[other] creados
    }, { $updated } { $updated ->
        [one] actualizado
       *[other] actualizados
    }, { $closed } { $closed ->
        [one] omitido (ya importado)
       *[other] omitidos (ya importados)
    }, { $conflicts } { $conflicts ->
        [one] omitido
       *[other] omitidos
    } (conflicto de identificador), { $refused } { $refused ->
        [one] rechazado
       *[other] rechazados
    }.
cli-ingest_refused = { $file }: rechazado, no se ha cargado nada:
cli-ingest_created = { $file }: cuenta { $account } creada
cli-ingest_updated = { $file }: cuenta { $account } actualizada
cli-ingest_skipped_closed = { $file }: cuenta { $account } omitida: ya importada (cerrada)
cli-ingest_skipped_conflict = { $file }: cuenta { $account } omitida: el identificador del partner o de la cuenta pertenece a otra cuenta
cli-backup_written = Copia de seguridad escrita en { $path } ({ $bytes } bytes).
cli-no_account = error: no hay ninguna cuenta de Pinpoint para el partner { $partner }
cli-stored_export_unparsable = error: no se puede analizar la exportación almacenada: { $error }

### Descarga de las referencias de clientes (encabezados de columna CSV).

referrals-id = ID de referencia
referrals-business_profile_id = ID del perfil de negocio
referrals-customer_name = Cliente
referrals-contact_name = Nombre del contacto
referrals-contact_email = Correo electrónico del contacto
referrals-contact_phone = Teléfono del contacto
referrals-need = Necesidad
referrals-status = Estado
referrals-received_on = Fecha de recepción
referrals-deal_amount = Valor de la operación
referrals-deal_currency = Moneda

### El selector de idioma y la lista de países o regiones.

app-language = Idioma
app-region_search = Buscar países o regiones
app-region_none = Ningún país o región coincide con «{ $text }».

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Su perfil de negocio se creó a partir de su cuenta de Pinpoint.
       *[other] Sus { $count } perfiles de negocio se crearon a partir de su cuenta de Pinpoint.
    }
app-results_locations = { $count } { $count ->
        [one] ubicación
       *[other] ubicaciones
    }
app-results_solutions = { $count } { $count ->
        [one] solución
       *[other] soluciones
    }
app-results_next_title = Próximos pasos
app-results_search_delay = La búsqueda del Centro de partners puede tardar hasta 24 horas en mostrar los nuevos perfiles de negocio: es posible que los clientes no encuentren los suyos antes. Mientras tanto, ya puede administrarlos aquí.
app-results_referrals_text = { $count ->
        [one] Su referencia de cliente no se importó: permanece en su cuenta de Pinpoint. Descárguela para conservar una copia.
       *[other] Sus { $count } referencias de clientes no se importaron: permanecen en su cuenta de Pinpoint. Descárguelas para conservar una copia.
    }
app-support_import_id = Id. de importación (para soporte técnico)
app-copy_action = Copiar
app-copy_done = Id. de importación copiado.
app-copy_refused = Su explorador no permitió copiar. El id. de importación está seleccionado: presione Ctrl+C (⌘+C en Mac) para copiarlo.
app-profiles_closed = Su cuenta de Pinpoint está cerrada: no hay nada que importar.
app-profiles_imported = Su cuenta de Pinpoint se importó en los perfiles de negocio siguientes y ahora está cerrada.
app-read_only_preview = Su rol solo permite leer: puede ver la vista previa de la importación, pero no importar.
app-preview_import = Abrir la vista previa
## Lists (issue 22)

app-list_details = Detalles
app-list_errors = { $count } { $count ->
        [one] error
       *[other] errores
    }
app-list_solutions = Soluciones: { $solutions }
app-list_left_out = No se importa
app-multi_remove = Quitar { $value }
app-multi_added = Elemento agregado: { $value }
app-multi_removed = Elemento quitado: { $value }
app-multi_none = Nada coincide con «{ $text }».
app-multi_search = Escriba para buscar
app-multi_hint = Escriba para filtrar la lista; después, elija una entrada con las teclas de flecha y agréguela con Entrar. Retroceso en el campo vacío quita la última.
## Logo (issue 22)

issue-logo_unreadable = Este archivo no es una imagen legible; cargue un GIF, JPG o PNG de { $limit } px de ancho como máximo.
issue-logo_upload_unknown = El logotipo cargado «{ $id }» no es uno de los suyos; vuelva a cargar el logotipo.
issue-logo_uploads_full = Ya tiene { $limit } logotipos cargados y cada uno lo usa un perfil de negocio; no se cargó nada.
app-logo_replace = Reemplazar el logotipo
app-logo_choose = Elija una imagen GIF, JPG o PNG de 300 px de ancho como máximo
app-logo_uploading = Cargando el logotipo…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = El logotipo de { $url } no se puede mostrar aquí; su formato y tamaño proceden de su exportación de Pinpoint.
app-logo_alt = Su logotipo

## Issue 23 — receipt

receipt-title = Comprobante de importación
receipt-partner = Partner
receipt-account = Cuenta de Pinpoint
receipt-import_id = Id. de importación
receipt-imported_at = Importado el (UTC)
receipt-prepared_by = Preparado por
receipt-approved_by = Aprobado por
receipt-no_approval = No se solicitó la aprobación de un segundo administrador.
receipt-plan_digest = Resumen criptográfico del plan revisado
receipt-no_plan_digest = Esta importación se hizo antes de que los planes llevaran un resumen criptográfico.
receipt-created = Perfiles de negocio creados
receipt-locations = Ubicaciones
receipt-solutions = Soluciones
receipt-not_imported = No importado
receipt-sha256 = SHA-256 de este comprobante
receipt-how_to_check = Este valor es el SHA-256 del JSON del comprobante (GET /api/v1/imports/{ $id }/receipt) en su forma canónica: claves ordenadas, sin espacios. Vuelva a calcularlo para comprobar que esta página coincide.
receipt-print = Imprimir
app-receipt_intro = Guarde este comprobante: indica lo que se transfirió, quién lo preparó y lo que no se importó. Su SHA-256 lo identifica.
app-receipt_download_page = Descargar el comprobante imprimible (HTML)
app-receipt_download_json = Descargar el comprobante (JSON)
app-receipt_preparing = Preparando el comprobante…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = Sesión iniciada como { $person }
## Issue 23 — plan digest

issue-plan_changed = Lo que va a importar ha cambiado desde que revisó la vista previa (una exportación de Pinpoint más reciente, sus perfiles de negocio o las reglas de importación); no se ha importado nada. Revise la nueva vista previa y, después, importe.
issue-plan_digest_required = Envíe en If-Match el resumen del plan de la vista previa que revisó: abra la vista previa y, después, importe.
app-digest_checking = Comprobando lo que se importará…
app-digest_blocked = La importación estará disponible cuando se haya comprobado lo que se importará.
app-digest_failed = No se pudo comprobar lo que se importará.
app-drift_title = Lo que va a importar ha cambiado desde que lo revisó
app-drift_intro = No se ha importado nada. Estos cambios están ahora en la vista previa:
app-drift_none = La vista previa parece igual, pero sus perfiles de negocio o las reglas de importación han cambiado desde que la revisó.
app-drift_review = Revisar de nuevo
app-drift_added = { $name } ({ $region }) se creará ahora.
app-drift_removed = { $name } ({ $region }) ya no se creará.
app-drift_details = { $name }: sus datos han cambiado.
app-drift_solutions = Soluciones de { $name }: { $before } antes, { $after } ahora.
app-drift_locations = Ubicaciones de { $name }: { $before } antes, { $after } ahora.
app-drift_not_imported = Lo que no se importará ha cambiado.
app-drift_errors = La vista previa tiene ahora errores que debe corregir antes de importar.
## Issue 23 — drafts

issue-draft_changed = Este borrador se guardó mientras tanto en otra pestaña o en otro dispositivo; cargue el borrador más reciente o guarde el suyo en su lugar de forma consciente.
app-draft_saved_at = Guardado a las { $time }
app-draft_saving = Guardando…
app-draft_not_saved = No guardado.
app-draft_retry = Reintentar
app-draft_waiting = Aún no se ha guardado: demasiados guardados en poco tiempo. Se volverá a intentar en { $seconds } s.
app-draft_conflict_title = Este borrador se cambió en otro lugar
app-draft_conflict_text = { $name } guardó este borrador a las { $time } en otra pestaña o en otro dispositivo.
app-draft_load_newer = Cargar el borrador más reciente
app-draft_keep_mine = Conservar el mío
app-draft_for_old_export = Su borrador guardado correspondía a una versión anterior de su exportación de Pinpoint, por lo que se ha descartado: la importación empieza de nuevo con su exportación actual.
## Issue 23 — a second admin's approval

issue-approval_required = Sus importaciones necesitan un segundo administrador: envíe esta importación para su aprobación y otro administrador de su cuenta la aprobará.
issue-approval_self = Usted envió esta importación, así que otro administrador de su cuenta la aprueba o la devuelve. Puede retirarla.
issue-approval_not_submitter = Solo el administrador que envió esta importación puede retirarla. Usted puede aprobarla o devolverla con un comentario.
issue-draft_submitted = Esta importación espera la aprobación de un segundo administrador y no se puede cambiar ahora. El administrador que la envió puede retirarla.
issue-not_submitted = Ninguna importación espera aprobación: mientras tanto se aprobó, se devolvió o se retiró.
issue-submission_changed = Lo que se importaría ha cambiado desde que se envió esta importación (una exportación de Pinpoint más reciente, sus perfiles de negocio o las reglas de importación); no se ha importado nada. Devuélvala para que se revise y se envíe de nuevo.
issue-settings_role_required = Solo un administrador de la cuenta o un administrador global puede cambiar esta configuración.
issue-comment_empty = Escriba un comentario para el administrador que envió la importación.
issue-comment_too_long = El comentario puede tener como máximo { $max } caracteres.
issue-comment_invalid = El comentario contiene caracteres de control, que no se pueden guardar. Quítelos.
issue-text_control_character = Este campo no puede contener caracteres de control, como NUL. Quítelos.
issue-unsupported_media_type = El cuerpo de la solicitud debe ser JSON enviado con el encabezado Content-Type: application/json.

app-submit_for_approval = Enviar para aprobación
app-submitting = Enviando… mantenga esta página abierta.
app-approval_note = Otro administrador de su cuenta revisa esta importación y la aprueba. Hasta entonces no se importa nada.
app-submission_title = Una importación espera su aprobación
app-submission_own_title = Esperando la aprobación de un segundo administrador
app-submitted_by = { $name } envió esta importación el { $date } a las { $time }.
app-submission_own_note = Otro administrador de su cuenta la aprueba o se la devuelve. Hasta entonces no se puede cambiar, pero puede retirarla.
app-submission_other_note = Esto es lo que se importará, comprobado de nuevo con su exportación de Pinpoint y sus perfiles de negocio tal como están ahora. Apruébela para importarla o devuélvala con un comentario.
app-withdraw = Retirar
app-approve = Aprobar e importar
app-approve_title = ¿Aprobar e importar?
app-approve_text = La importación se realiza ahora: preparada por { $name } y aprobada por usted. Después, su cuenta de Pinpoint se retirará y esto no se puede deshacer.
app-return_title = Devolver con un comentario
app-return_comment = Comentario para { $name }
app-return_button = Devolver
app-returned_by = { $name } devolvió esta importación el { $date } a las { $time }, con este comentario:
app-returned_next = Haga los cambios y, después, envíela de nuevo para su aprobación.
app-working = Enviando…
app-preview_intro_approval = Compruebe lo que va a ocurrir. No se cambiará nada hasta que la envíe y otro administrador de su cuenta la apruebe.
app-results_approval = Preparada por { $prepared } y aprobada por { $approved }.
app-approval_setting_title = Importaciones desde Pinpoint
app-approval_setting_label = Las importaciones necesitan un segundo administrador
app-approval_setting_help = Un administrador prepara la importación y la envía; otro administrador de su cuenta la aprueba antes de que se importe nada.
app-approval_setting_locked = Solo un administrador de la cuenta o un administrador global puede cambiar esta configuración.
