"""The twelfth batch's Spanish scam letters (scam_twelfth.py explains pools, tags and placeholders): the spam
folder of a mailbox in Spain or Latin America in the 2020s, written as its senders write."""

SCAM_ES = {"es": {
    "sextortion": {
        "subj": ["Su contraseña {password} ha sido comprometida", "Tengo un video tuyo", "Aviso final: {hours} horas",
                 "Tu número {myphone} - lee esto"],
        "teaser": ["Tu contraseña {password} está en mi poder. Tengo grabado lo que hacías frente a la cámara. Paga {btc} BTC a {wallet}",
                   "Tengo tus fotos íntimas y la lista de tus contactos. Escríbeme antes de {hours} horas o las mando a todos."],
        "body": [
            "[leaked-phone] Oye, este es tu número verdad? {myphone}\n\nCuando abriste el enlace que te llegó por SMS entré a tu "
            "teléfono. Tengo tus fotos, tus chats y la lista de contactos completa, incluyendo a tu jefe y a tu familia.\n\nHay unas "
            "fotos y videos que seguro no quieres que vean. Manda {ransom} en BTC a {wallet} y me olvido de ti.\n\nSi vas a la policía, "
            "publico todo en tus redes. Plazo: {hours} horas.",
            "[leaked-password] Hola.\n\nEmpiezo directo: tu contraseña es {password}. Te la muestro para que veas que no bromeo. Hace "
            "meses instalé un troyano en una página porno y tu dispositivo quedó infectado. Desde entonces tengo acceso a tu cámara y "
            "micrófono.\n\nTengo un video de pantalla dividida: de un lado lo que mirabas, del otro tu cara. Puedo mandarlo a todos tus "
            "contactos del correo y de Facebook con un clic.\n\nQuieres evitarlo? Transfiere {ransom} en Bitcoin a esta billetera: "
            "{wallet}\n\nTienes {hours} horas. Después borro todo. No respondas a este correo, no sirve.",
            "[hacked-account] Hola {mybox}\n\nFíjate en el remitente: te escribo desde tu propia cuenta. Tengo el control de tu correo, "
            "tu nube y tus copias de seguridad.\n\nRevisé tus fotos guardadas y tus conversaciones. Hay material suficiente para arruinar "
            "tu matrimonio y tu trabajo.\n\nTe ofrezco un trato: {btc} BTC a {wallet} y te devuelvo el acceso y elimino mi copia. Cambiar "
            "la contraseña no te va a servir.",
            "[hacked-router] Estimado usuario,\n\nSoy hacker y entré a tu red a través de tu router, que tenía una vulnerabilidad. Desde "
            "ahí llegué a todos los dispositivos de tu casa: computadora, teléfono y la cámara de la sala.\n\nGrabé cosas que pasan en tu "
            "casa y también tu historial de navegación de sitios para adultos.\n\nPara borrar todo pido {btc} BTC (unos {ransom}) a "
            "{wallet}. Cuento las horas desde que abres este mensaje: tienes {hours}.",
        ],
    },
    "blackmail": {
        "subj": ["CITACIÓN JUDICIAL - Policía Nacional - Expediente {ref}", "Me pagaron para matarte",
                 "Sus datos serán publicados", "Amenaza de bomba en su empresa"],
        "teaser": ["Usted tiene una citación pendiente por delitos informáticos. Responda antes de 72 horas para evitar la detención.",
                   "Me contrataron para hacerte daño. Si quieres saber quién fue y seguir vivo, contéstame hoy."],
        "body": [
            "[hitman] Lee bien este mensaje.\n\nUna persona cercana a ti me pagó para matarte. Te he estado siguiendo y ya conozco tu "
            "casa, tu carro y tus horarios. Yo no tengo nada contra ti, es trabajo.\n\nPero te doy una oportunidad: si me pagas {ransom} "
            "más de lo que me dieron, cancelo el trabajo y te doy el nombre de quien me contrató, con las grabaciones.\n\nSi llamas a la "
            "policía o le cuentas a alguien, lo hago esa misma noche. Solo responde a {email}. Tienes {hours} horas.",
            "[police-summons] POLICÍA NACIONAL - Brigada Central de Investigación Tecnológica\n\nSr./Sra.:\n\nA petición de la Fiscalía "
            "de Menores le informamos que se ha abierto un procedimiento judicial en su contra tras una ciberinfiltración. Su dirección "
            "IP fue registrada descargando material de abuso sexual infantil.\n\nExpediente n.º {ref}. Si no responde en 72 horas, se "
            "emitirá una orden de detención y su nombre será comunicado a la prensa.\n\nDebe justificarse por escrito a "
            "{email}.\n\nComisario General de Policía Judicial",
            "[bomb] ATENCIÓN\n\nHay un artefacto explosivo escondido en el edificio de su empresa. Está construido con trilita y no se ve "
            "a simple vista. Si no recibimos {ransom} en Bitcoin antes de las 18:00, lo detonamos.\n\nSi vemos policía o evacuan el "
            "edificio, lo activamos enseguida. Billetera: {wallet}\n\nNo es una broma. Después del pago les diremos dónde está.",
            "[publish-data] Buenos días,\n\nHemos accedido a los servidores de su empresa y descargado 80 GB: datos de clientes, nóminas, "
            "DNI escaneados y correos internos. Adjuntamos un listado como prueba.\n\nSi no recibimos {btc} BTC en {wallet} en {hours} "
            "horas, publicaremos todo en {link} y avisaremos a sus clientes y a la Agencia de Protección de Datos.\n\nContacto solo por "
            "Telegram {tg}.",
        ],
    },
    "advance-fee": {
        "subj": ["Herencia sin reclamar a su apellido", "Donación de una viuda enferma", "Caja consignada en el aeropuerto",
                 "Fondo de compensación para víctimas de fraude"],
        "teaser": ["Soy abogado y un cliente fallecido lleva su mismo apellido. Dejó {amount} sin herederos. Escríbame.",
                   "Estoy muy enferma y deseo donar mis bienes a una persona de buen corazón. Responda si puede ayudarme."],
        "body": [
            "[inheritance] Estimado/a amigo/a:\n\nSoy el Lic. {name}, abogado en Madrid. Le escribo por un asunto de mi difunto cliente, "
            "un empresario que murió con su esposa e hijos en un accidente de tráfico en 2019. Dejó un depósito de {amount} en una "
            "entidad bancaria de aquí.\n\nNadie ha reclamado esta herencia y el banco me pide presentar a un pariente antes de que el "
            "dinero pase al Estado. Como usted tiene el mismo apellido, puedo presentarle como beneficiario.\n\nRepartiríamos al 50 %. "
            "Necesito su nombre completo, dirección, teléfono y copia del DNI o pasaporte.",
            "[widow] Querido hermano/a en Cristo:\n\nMi nombre es {name}, tengo 71 años y soy viuda. Los médicos me dieron pocos meses "
            "por un cáncer. Mi esposo me dejó {amount} en un banco de Panamá.\n\nNo tenemos hijos y quiero que este dinero sirva para "
            "ayudar a orfanatos y a los pobres. Dios me ha guiado a usted.\n\nSi acepta esta misión, contésteme y le pondré en contacto "
            "con mi abogado. Ore por mí.",
            "[diplomat] Buenos días,\n\nSoy agente diplomático de las Naciones Unidas. Tengo en custodia en el aeropuerto de Barajas una "
            "caja consignada a su nombre con {amount} en efectivo, por orden de la Fundación de Ayuda Internacional.\n\nLa aduana exige "
            "el certificado antiterrorista antes de la entrega, con un costo de {fee}. Tras el pago, le llevo la caja a su "
            "domicilio.\n\nConfirme su dirección y número de teléfono en 48 horas.",
            "[compensation] FONDO MONETARIO INTERNACIONAL - Departamento de Compensaciones\n\nSu correo aparece en la lista de víctimas "
            "de estafas por internet enviada por la Interpol. Se le ha asignado una compensación de {amount}, expediente {ref}.\n\nEl "
            "pago está retenido solamente por la tasa de registro ({fee}). Una vez pagada, recibirá una tarjeta cajero con el "
            "monto.\n\nRellene: nombre, dirección, ocupación, teléfono.",
        ],
    },
    "lottery": {
        "subj": ["Premio del sorteo extraordinario: usted ha ganado", "Notificación de ganador - referencia {ref}"],
        "teaser": ["En el sorteo internacional del {date} su correo obtuvo {amount}. Reclame su premio aquí: {link}",
                   "Es usted el ganador de un iPhone 15 Pro. Solo pague el envío ({fee}) hoy mismo."],
        "body": [
            "Estimado ganador:\n\nNos complace comunicarle que su correo electrónico ha resultado premiado en el sorteo internacional "
            "celebrado el {date}. Le corresponde la suma de {amount}, con número de boleto {ref}.\n\nPor seguridad mantenga esta "
            "información en secreto hasta el cobro. Para liberar el premio debe abonar los gastos de notaría de {fee}.\n\nPóngase en "
            "contacto con nuestro agente {name}.",
            "Hola,\n\nEnhorabuena, has sido seleccionado en nuestra encuesta de clientes para recibir un robot aspirador de regalo. "
            "Valor: 399 euros.\n\nSolo tienes que confirmar tu dirección y pagar {fee} de gastos de envío con tarjeta en {link}\n\nTiene "
            "{hours} horas para confirmarlo.",
        ],
    },
    "loan": {
        "subj": ["Préstamo entre particulares rápido y seguro", "Su crédito ha sido aprobado"],
        "teaser": ["Préstamos de 5.000 a 300.000 € al 2 % sin aval ni nómina. Respuesta en 24 horas.",
                   "Crédito aprobado por {amount}. Solo falta pagar el seguro para recibir el dinero."],
        "body": [
            "Hola,\n\nSoy un particular que ofrece préstamos a personas serias que necesitan dinero y a las que el banco no ayuda. Presto "
            "de 2.000 a 500.000 euros al 2 % anual, a devolver en 1 a 20 años.\n\nNo importa si está en ASNEF. El contrato se firma ante "
            "notario y recibe el dinero en 48 horas.\n\nSi le interesa, indíqueme cantidad, plazo y adjunte su DNI.",
            "Estimado cliente:\n\nSu solicitud de préstamo por {amount} ha sido aprobada. La transferencia está programada para el "
            "{date}.\n\nAntes del desembolso debe abonar el seguro obligatorio de {fee} en la cuenta {card}.\n\nEnvíe el comprobante a su "
            "asesor {name} por WhatsApp {phone}.",
        ],
    },
    "crypto": {
        "subj": ["Invierte 250 € y gana desde casa", "Su cuenta tiene ganancias pendientes"],
        "teaser": ["La plataforma con inteligencia artificial que todos comentan. Deposita 250 € y empieza hoy: {link}",
                   "Tiene {amount} en su cuenta de inversión. Para retirarlo complete la verificación: {link}"],
        "body": [
            "Hola,\n\nUn nuevo sistema de trading automático está haciendo ganar a gente común entre 500 y 3.000 euros al día. No "
            "necesitas experiencia: el algoritmo trabaja por ti.\n\nSolo hace falta un depósito inicial de 250 €. Un asesor te llamará "
            "para abrir la cuenta.\n\nRegístrate antes de que se cierren las plazas: {link}",
            "Estimado inversor:\n\nSu cartera muestra un saldo de {amount}. Para retirar los fondos a su cuenta bancaria debe pagar por "
            "adelantado el impuesto sobre ganancias: {fee}.\n\nEl pago se realiza solo en USDT (TRC20): {wallet}\n\nSu gestor personal: "
            "{tg}",
        ],
    },
    "romance": {
        "subj": ["Hola cariño, te extraño", "Me gustó tu perfil"],
        "teaser": ["Hola, soy Elena, vi tu perfil y me pareciste interesante. Escríbeme a {email}",
                   "Amor, estoy retenida en la aduana y necesito tu ayuda hoy."],
        "body": [
            "Mi amor,\n\nDesde que hablamos mi vida tiene sentido otra vez. Ya tengo el billete para ir a verte, pero en el aeropuerto me "
            "piden {fee} por el exceso de equipaje y la tasa de salida.\n\nTe lo devuelvo apenas llegue, te lo juro. Puedes mandarlo por "
            "Western Union a nombre de {name}? Te amo, no me dejes sola.",
            "Hola mi vida,\n\nTe acuerdas que te conté de mi tía que trabaja en una casa de cambio? Me enseñó una plataforma y gané "
            "15.000 dólares en tres semanas. Quiero que tú también ganes, para nuestro futuro juntos.\n\nAbre una cuenta en {link} y "
            "deposita 1.000 USDT, yo te guío. No se lo digas a nadie, mi tía no quiere problemas.",
        ],
    },
    "job": {
        "subj": ["Trabajo desde casa: 300 € al día", "Oferta de empleo: agente de pagos"],
        "teaser": ["Buscamos personas para dar likes en YouTube. Ganancia 50-300 € al día. Escribe por WhatsApp {phone}",
                   "Empresa internacional busca agente financiero. Solo necesitas una cuenta bancaria."],
        "body": [
            "Hola,\n\nSoy {name}, de recursos humanos. Encontramos su currículum en una bolsa de empleo. Ofrecemos trabajo a tiempo "
            "parcial desde el móvil: dar me gusta a videos y valorar hoteles. Pago diario de 50 a 300 euros.\n\nNo hace falta "
            "experiencia. Contacte con nuestra coordinadora por WhatsApp {phone} para recibir la primera tarea.",
            "Estimado candidato:\n\nNuestra empresa de comercio internacional necesita un agente de pagos en España. Recibirá "
            "transferencias de nuestros clientes en su cuenta, se quedará un 10 % y enviará el resto a nuestros proveedores.\n\nSueldo "
            "fijo de 1.800 € más comisiones. Envíe su DNI y su número de cuenta para empezar.",
        ],
    },
    "parcel": {
        "subj": ["Su envío está retenido en aduana", "Correos: paquete pendiente de pago"],
        "teaser": ["Su paquete {code} está retenido. Pague 1,79 € de gastos de aduana: {link}",
                   "No pudimos entregar su paquete. Confirme su dirección aquí: {link}"],
        "body": [
            "Estimado cliente:\n\nSu paquete n.º {code} se encuentra retenido en la aduana porque no se han pagado las tasas de "
            "importación ({fee}).\n\nSi no paga en {hours} horas, el paquete será devuelto al remitente. Pague en línea: {link}",
            "Hola,\n\nIntentamos entregar su pedido el {date} pero no había nadie. El segundo intento tiene un costo de {fee}.\n\nElija "
            "una nueva fecha y pague en {link}. Si no lo hace, el paquete será destruido.",
        ],
    },
    "fake-shop": {
        "subj": ["Mascarillas FFP2 a precio de fábrica", "Oxímetros y test de antígenos en oferta"],
        "teaser": ["Caja de 50 mascarillas FFP2 por 8,90 €. Pago por transferencia, envío en 24 h: {link}",
                   "Liquidación de pulsioxímetros y test de antígenos: {link}"],
        "body": [
            "Buenos días,\n\nSomos distribuidores de material sanitario. Por cancelación de un pedido hospitalario liquidamos "
            "existencias: mascarillas FFP2 homologadas, test de antígenos y gel hidroalcohólico.\n\nPago solo por transferencia a {card} "
            "o Bizum al {phone}. Envío en 24 horas tras recibir el pago.",
            "OFERTA ÚNICA\n\nPulsioxímetro profesional: 12,90 € (antes 45 €). Concentrador de oxígeno portátil: 349 €.\n\nPago seguro por "
            "transferencia. Envío gratis.\n\nCompre ya en {link} antes de que se agote.",
        ],
    },
}}
